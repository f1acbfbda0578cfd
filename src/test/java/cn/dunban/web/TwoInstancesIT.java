package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance: two service instances on one PostgreSQL stay stateless in what they promise. A report stored
 * through one is judged by the other's next stored check, a correction stored through the other likewise, and both
 * answer from their warm sessions (each catches up by the store's sequence number before answering). Each instance
 * is a child JVM started as {@code dunban serve --jdbc-url …} would be. Skipped when no PostgreSQL answers at
 * {@code DUNBAN_TEST_PG_URL} (see {@code .ci/postgres.sh}).
 */
class TwoInstancesIT {

    static final String URL = env("DUNBAN_TEST_PG_URL", "jdbc:postgresql://localhost:5432/dunban_test");
    static final String USER = env("DUNBAN_TEST_PG_USER", "dunban");
    static final String PASSWORD = env("DUNBAN_TEST_PG_PASSWORD", "dunban");
    static final String OFFICER = "officer:o-secret";
    static final String AS_OF = "2023-09-30";

    @TempDir
    Path data;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Process> instances = new ArrayList<>();
    String schema;

    @BeforeEach
    void schema() throws SQLException {
        assumeTrue(reachable(), "no PostgreSQL at " + URL + " — skipped");
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (Process p : instances) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aReportOrProjectStoredThroughOneInstanceIsInTheOtherInstancesNextCheck() throws Exception {
        int a = freePort();
        start(a, "a");
        int b = freePort();
        start(b, "b");
        // both warm at the check date before anything is stored
        assertThat(check(a).path("findings").toString()).doesNotContain("JN2023-60-3");
        assertThat(check(b).path("findings").toString()).doesNotContain("JN2023-60-3");

        // 16.1万头 breaks the 16.38万头 floor of JN2023-60-3, stored through b, judged by a
        assertThat(post(b, "/api/reports", "{\"target\": \"JN2023-60-3\", \"asOf\": \"2023-06-30\", \"value\": 16.1, "
                + "\"unit\": \"万头\"}").statusCode()).isEqualTo(201);
        JsonNode seenByA = check(a);
        assertThat(findings(seenByA, "JN2023-60-3")).containsExactly("floor-broken");

        // corrected through a, and b no longer finds it
        assertThat(post(a, "/api/reports", "{\"target\": \"JN2023-60-3\", \"asOf\": \"2023-06-30\", \"value\": 17, "
                + "\"unit\": \"万头\"}").statusCode()).isEqualTo(201);
        assertThat(findings(check(b), "JN2023-60-3")).isEmpty();
        assertThat(findings(check(a), "JN2023-60-3")).isEmpty();

        // a 新上 焦化 project without 窗口指导, registered through a, judged by b's warm sessions
        assertThat(post(a, "/api/facts", project(false)).statusCode()).isEqualTo(201);
        assertThat(findings(check(b), "P-901")).contains("lianggao-window-guidance");
        // its next version, with 窗口指导, through b: a no longer finds it
        assertThat(post(b, "/api/facts", project(true)).statusCode()).isEqualTo(201);
        assertThat(findings(check(a), "P-901")).doesNotContain("lianggao-window-guidance");
    }

    private static String project(boolean windowGuidance) {
        return "{\"projects\": [{\"id\": \"P-901\", \"name\": \"兖州区某焦化项目\", \"jurisdiction\": \"济宁市\", "
                + "\"county\": \"兖州区\", \"industry\": \"焦化\", \"stage\": \"新上\", \"windowGuidance\": " + windowGuidance
                + ", \"energyReview\": true, \"replacement\": {\"capacity\": 1.25, \"coal\": 1.1, \"energy\": 1.0, "
                + "\"carbon\": 1.2, \"pollutant\": 1.0}}]}";
    }

    private JsonNode check(int port) throws Exception {
        HttpResponse<String> r = post(port, "/api/checks?asOf=" + AS_OF, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Dunban-Check-Path")).as("answered from the warm sessions").hasValue("warm");
        return JsonMapper.builder().build().readTree(r.body());
    }

    private static List<String> findings(JsonNode doc, String subject) {
        List<String> rules = new ArrayList<>();
        doc.path("findings").forEach(f -> {
            if (f.path("subject").asString().equals(subject)) {
                rules.add(f.path("rule").asString());
            }
        });
        return rules;
    }

    private HttpResponse<String> post(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(OFFICER.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void start(int port, String name) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jdbc = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Ddunban.cache=" + Path.of("target", "rulebase-cache").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "cn.dunban.Dunban", "serve",
                "--port", Integer.toString(port), "--data", data.resolve(name).toString(),
                "--rules", Path.of("rules").toAbsolutePath().toString(), "--jdbc-url", jdbc,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--dunban.rules-poll=0", "--logging.level.root=WARN");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DUNBAN_USERS", OFFICER + ":OFFICER");
        Process p = pb.start();
        instances.add(p);
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new AssertionError("instance " + name + " exited:\n" + output);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("instance " + name + " did not become healthy:\n" + output);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean reachable() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
