package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance: the service process is killed ({@code kill -9}) while it stores a large batch. After a
 * restart on the same data directory, that batch is either entirely there or entirely absent, and every
 * batch acknowledged before the kill is entirely there, even one acknowledged just before it. The service runs as a separate JVM, exactly as
 * {@code java -jar target/dunban.jar serve} would (same main class, the build's classpath).
 */
class CrashIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String USER = "officer:o-secret";
    static final int SMALL = 40;
    static final int BIG = 8000;

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Targets of 2023 with a unit of 家 (counted), so that every generated report reads: dated within its
     * target's year, as the service accepts only.
     */
    static final List<String> TARGETS = CatalogReader.builtIn().targets().stream()
            .filter(t -> "家".equals(t.unit()) && t.year() == 2023).map(Target::id).limit(80).toList();

    @Test
    void aBatchCutOffByAKillIsStoredWhollyOrNotAtAll() throws Exception {
        int port = freePort();
        Service service = Service.start(data, port, null);
        List<String> acknowledged = new ArrayList<>();
        boolean bigAcknowledged;
        try {
            for (int b = 0; b < 3; b++) {
                HttpResponse<String> r = post(port, batch("ack-" + b, SMALL, LocalDate.of(2023, 3, 1)));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                acknowledged.add("ack-" + b);
            }
            // The big batch: kill the service as soon as it starts writing it.
            CountDownLatch storing = service.await("保存批次: " + BIG + " ");
            CompletableFuture<HttpResponse<String>> big = http.sendAsync(request(port, "/api/reports",
                    batch("big", BIG, LocalDate.of(2023, 6, 1))), HttpResponse.BodyHandlers.ofString());
            assertThat(storing.await(60, TimeUnit.SECONDS)).as("the service started storing the big batch").isTrue();
            service.kill();
            bigAcknowledged = answeredCreated(big);
        } finally {
            service.kill();
        }

        Service again = Service.start(data, port, null);
        try {
            Map<String, Long> stored = countByReporter(port);
            for (String ack : acknowledged) {
                assertThat(stored.get(ack)).as("acknowledged batch %s, all of it", ack).isEqualTo(SMALL);
            }
            long big = stored.getOrDefault("big", 0L);
            assertThat(big).as("the killed batch: all or nothing").isIn(0L, (long) BIG);
            if (bigAcknowledged) {
                assertThat(big).isEqualTo(BIG);
            }
            System.out.printf("CrashIT: killed while storing %d reports; after restart %d of them are stored%n",
                    BIG, big);

            // The service goes on where it was: the next batch gets the next versions. And a kill right
            // after the answer loses nothing either (a database that writes committed data later would).
            HttpResponse<String> r = post(port, batch("after", SMALL, LocalDate.of(2023, 3, 1)));
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(r.body()).path("reports").get(0).path("version").asInt()).isEqualTo(4);
        } finally {
            again.kill();
        }

        Service third = Service.start(data, port, null);
        try {
            assertThat(countByReporter(port).get("after")).as("acknowledged just before the kill").isEqualTo(SMALL);
        } finally {
            third.stop();
        }
    }

    private static boolean answeredCreated(CompletableFuture<HttpResponse<String>> big) {
        try {
            return big.get(30, TimeUnit.SECONDS).statusCode() == 201;
        } catch (Exception e) {
            return false; // the connection died with the process
        }
    }

    /** {@code n} reports spread over the targets, each on its own date, signed by {@code reporter}. */
    private static String batch(String reporter, int n, LocalDate from) {
        List<Map<String, Object>> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reports.add(Map.of("target", TARGETS.get(i % TARGETS.size()),
                    "asOf", from.plusDays(i / TARGETS.size()).toString(), "value", i % 7, "unit", "家",
                    "reporter", reporter));
        }
        return JSON.writeValueAsString(reports);
    }

    private Map<String, Long> countByReporter(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/reports?limit=10000")).header("Authorization", RuleSwapIT.basic(USER)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> reporters = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.body())) {
            reporters.add(n.path("reporter").asString());
        }
        assertThat(reporters.size()).as("fewer than the limit, so all are counted").isLessThan(10000);
        return reporters.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
    }

    private HttpResponse<String> post(int port, String body) throws Exception {
        return http.send(request(port, "/api/reports", body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest request(int port, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", RuleSwapIT.basic(USER)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** {@code dunban serve} in a child JVM; its output is watched for lines the test waits on. */
    static final class Service {

        private final Process process;
        private final List<String> output = new ArrayList<>();
        private final List<Map.Entry<String, CountDownLatch>> waits = new ArrayList<>();

        private Service(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "dunban-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Service start(Path data, int port, Path rules) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), "cn.dunban.Dunban", "serve",
                    "--port", Integer.toString(port), "--data", data.toString(),
                    "--rules", (rules == null ? Path.of("rules") : rules).toAbsolutePath().toString(),
                    "--dunban.rules-poll=0", "--logging.level.root=WARN",
                    "--logging.level.cn.dunban.web.ReportController=INFO");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("DUNBAN_USERS", USER + ":OFFICER");
            Service s = new Service(pb.start());
            s.awaitHealthy(port);
            return s;
        }

        synchronized CountDownLatch await(String text) {
            CountDownLatch latch = new CountDownLatch(1);
            waits.add(Map.entry(text, latch));
            return latch;
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    synchronized (this) {
                        output.add(line);
                        for (var w : waits) {
                            if (line.contains(w.getKey())) {
                                w.getValue().countDown();
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }

        private void awaitHealthy(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new AssertionError("dunban serve exited " + process.exitValue() + ":\n" + output());
                }
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            kill();
            throw new AssertionError("dunban serve did not become healthy:\n" + output());
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }

        synchronized String output() {
            return String.join("\n", output);
        }
    }
}
