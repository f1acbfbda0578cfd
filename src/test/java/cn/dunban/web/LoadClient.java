package cn.dunban.web;

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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small load client with nothing but the JDK: {@code threads} callers each post small checks (two
 * reports) with HTTP Basic as fast as answers come, for {@code seconds}, and the figures are printed
 * as one line. Run against a started service:
 *
 * <pre>
 * java -cp target/test-classes cn.dunban.web.LoadClient http://127.0.0.1:8080 officer:officer-demo 30 8
 * </pre>
 */
public final class LoadClient {

    static final String SMALL_CHECK = """
            {"asOf": "2023-09-30", "reports": [
              {"target": "JN2023-74-1", "asOf": "2023-09-30", "value": 5.1, "unit": "万人"},
              {"target": "JN2023-1-1", "asOf": "2023-06-30", "value": 1, "unit": "家"}]}""";

    /** What a run measured. */
    record Result(int ok, int failed, double seconds, double perSecond, double p50, double p95, double p99,
            List<String> failures) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "load checks=%d failed=%d seconds=%.1f checks_per_s=%.1f p50_ms=%.1f "
                    + "p95_ms=%.1f p99_ms=%.1f", ok, failed, seconds, perSecond, p50, p95, p99);
        }
    }

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadClient BASE_URL USER:PASSWORD [SECONDS=30] [THREADS=8] [WARMUP_SECONDS=10]");
            System.exit(2);
        }
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        run(args[0], args[1], warmup, threads);
        Result r = run(args[0], args[1], seconds, threads);
        System.out.println(r);
        r.failures().stream().limit(5).forEach(System.out::println);
    }

    static Result run(String base, String credentials, int seconds, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/checks"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(SMALL_CHECK)).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            jobs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            failed.incrementAndGet();
                            failures.add(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        failures.add(e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted.size(), failed.get(), elapsed, sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), List.copyOf(failures));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
