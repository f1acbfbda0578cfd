package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Small checks with HTTP Basic against one instance on loopback ({@link LoadClient}), every answer a
 * 200. Issue 17's goal — at least 200 checks/s with p95 under 100 ms on a 2-core machine — is asserted
 * only with {@code -Ddunban.load.assert=true}, since on a machine shared with other builds the figures
 * say more about the neighbours; the figures are printed either way (docs/performance.md).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dunban.users=officer:o-secret:OFFICER", "dunban.rules=rules", "dunban.rules-poll=0",
        "server.address=127.0.0.1", "logging.level.root=WARN"})
class LoadIT {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("dunban.data", () -> data.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void smallChecksWithBasicCredentials() throws Exception {
        String base = "http://127.0.0.1:" + port;
        int seconds = Integer.getInteger("dunban.load.seconds", 20);
        int threads = Integer.getInteger("dunban.load.threads", 8);
        LoadClient.run(base, "officer:o-secret", Math.max(3, seconds / 3), threads);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        LoadClient.Result r = LoadClient.run(base, "officer:o-secret", seconds, threads);
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / Math.max(1, r.ok());
        // CPU per check (service, client and collector together, in this one JVM): what a check costs
        // whatever the neighbours take; capacity on N dedicated cores is about N × 1000 / cpu_ms.
        System.out.printf(java.util.Locale.ROOT, "%s cpu_ms_per_check=%.2f cores=%d load_average=%.1f%n", r, cpuMs,
                Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
        assertThat(r.failures()).isEmpty();
        assertThat(r.ok()).isPositive();
        if (Boolean.getBoolean("dunban.load.assert")) {
            assertThat(r.perSecond()).as("checks per second").isGreaterThanOrEqualTo(200);
            assertThat(r.p95()).as("p95 ms").isLessThan(100);
        }
    }
}
