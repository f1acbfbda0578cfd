package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: {@code java -jar target/dunban.jar check} as a user runs it, through the short-run JVM and the
 * caches: the first run and the cached runs print exactly what the command line prints in-process, with the
 * same exit status, and leave the unpacked jar and the compiled rulebase in the cache directory; a missing facts
 * file is an error on standard error with nothing on standard output; turned off, the same.
 */
class FastStartIT {

    static final Path JAR = Path.of("target", "dunban.jar");
    static final String SAMPLE = "samples/midyear-2023-09.json";

    @TempDir
    Path cache;

    record Run(int status, String out, String err) {
    }

    @Test
    void theJarChecksTheSameColdCachedAndInProcess() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no target/dunban.jar: run mvn verify");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Cli().run(List.of("check", "--facts", SAMPLE, "--format", "json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String expected = out.toString(StandardCharsets.UTF_8);

        Run cold = jar(Map.of(), "check", "--facts", SAMPLE, "--format", "json");
        assertThat(cold.status()).as(cold.err()).isEqualTo(status).isEqualTo(1);
        assertThat(cold.out()).isEqualTo(expected);
        assertThat(files(cache)).anyMatch(p -> p.endsWith("dunban-launch.jar"))
                .anyMatch(p -> p.getFileName().toString().startsWith("rulebase-"));
        for (int i = 0; i < 2; i++) {
            Run cached = jar(Map.of(), "check", "--facts", SAMPLE, "--format", "json");
            assertThat(cached.status()).isEqualTo(1);
            assertThat(cached.out()).isEqualTo(expected);
        }
        Run off = jar(Map.of("DUNBAN_FAST_START", "off"), "check", "--facts", SAMPLE, "--format", "json");
        assertThat(off.out()).isEqualTo(expected);

        Run missing = jar(Map.of(), "check", "--facts", "nope.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("nope.json").contains("文件不存在");

        // the class-data archive is written by a background run after the first check: let it finish
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (files(cache).stream().anyMatch(f -> f.getFileName().toString().equals("training"))
                && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        Run archived = jar(Map.of(), "check", "--facts", SAMPLE, "--format", "json");
        assertThat(archived.out()).isEqualTo(expected);
    }

    private Run jar(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(cache, "out", ".txt");
        Path err = Files.createTempFile(cache, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("DUNBAN_CACHE", cache.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.toList();
        }
    }
}
