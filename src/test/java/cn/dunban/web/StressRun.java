package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's stress, against the running service on loopback: {@value #WRITERS} writers each post
 * 3,000-report batches of corrections to the same four targets and twelve dates (many versions of
 * each key) while {@value #CHECKERS} officers run checks on the stored reports, for a fixed time
 * ({@code -Ddunban.stress.seconds}, 60 by default). Every answer must be 2xx, and every acknowledged
 * batch stored whole, exactly once. The database is the subclass's: H2 or PostgreSQL.
 */
abstract class StressRun {

    static final int WRITERS = 4;
    static final int CHECKERS = 4;
    static final int BATCH = 3000;
    static final String USERS = "officer:o-secret:OFFICER";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static String batch(int writer, int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < BATCH; i++) {
            if (i > 0) {
                b.append(',');
            }
            String date = "2023-%02d-28".formatted(1 + i % 12);
            b.append("{\"target\":\"JN2023-1-").append(1 + (i / 12) % 4).append("\",\"asOf\":\"").append(date)
                    .append("\",\"value\":").append(writer * 1000 + n).append(",\"unit\":\"家\"}");
        }
        return b.append(']').toString();
    }

    @Test
    void writersAndCheckersForAFixedTimeLoseNothingAndFailNothing() throws Exception {
        int seconds = Integer.getInteger("dunban.stress.seconds", 60);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("officer:o-secret".getBytes(StandardCharsets.UTF_8));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger checks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + CHECKERS);
        List<Future<?>> jobs = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            jobs.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/reports")).header("Authorization", auth).header("Content-Type", "application/json")
                            .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.ofString(batch(writer, n)))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 == 2) {
                        JsonNode stored = JSON.readTree(r.body());
                        assertThat(stored.path("reports").size()).isEqualTo(BATCH);
                        acknowledged.add(stored.path("id").asString());
                    } else {
                        failures.add("batch " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (int c = 0; c < CHECKERS; c++) {
            jobs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/checks?asOf=2023-12-31")).header("Authorization", auth)
                            .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        checks.incrementAndGet();
                    } else {
                        failures.add("check " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("stress %s seconds=%d batches=%d reports=%d checks=%d failures=%d%n", getClass().getSimpleName(),
                seconds, acknowledged.size(), acknowledged.size() * BATCH, checks.get(), failures.size());
        assertThat(failures).as("every request answered 2xx").isEmpty();
        assertThat(acknowledged).as("writers got batches through").isNotEmpty().doesNotHaveDuplicates();
        assertThat(checks.get()).as("checkers got checks through").isPositive();
        for (String id : acknowledged) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE batch_id = ?", Long.class, id))
                    .as("batch %s stored whole, once", id).isEqualTo(BATCH);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class))
                .isEqualTo((long) acknowledged.size() * BATCH);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT target, as_of, version FROM report "
                + "GROUP BY target, as_of, version HAVING COUNT(*) > 1) d", Long.class)).isZero();
    }
}
