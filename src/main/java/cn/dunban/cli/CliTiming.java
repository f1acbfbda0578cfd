package cn.dunban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code cli} line of {@code bench --service}: wall time of {@code java -jar dunban.jar check} on the sample
 * facts as a user runs it, with an empty cache directory (cold: the jar unpacked, the rules compiled) and then with
 * what that run left (cached: the compiled rulebase read back, the class-data archive mapped; median of five).
 * Only when the benchmark itself runs from the jar.
 */
final class CliTiming {

    private static final Path SAMPLE = Path.of("samples", "midyear-2023-09.json");

    private CliTiming() {
    }

    static void measure(PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator) || !Files.isRegularFile(SAMPLE)) {
            err.println("bench: cli timing needs java -jar dunban.jar and samples/ in the working directory; skipped");
            return;
        }
        Path cache = Files.createTempDirectory("dunban-bench-cache-");
        try {
            long cold = run(classPath, cache);
            // the class-data archive is written by a background run after the first check: wait for it
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!hasArchive(cache) && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            long[] cached = new long[5];
            for (int i = 0; i < cached.length; i++) {
                cached[i] = run(classPath, cache);
            }
            Arrays.sort(cached);
            out.printf("cli check_cold_ms=%d check_cached_ms=%d (java -jar dunban.jar check --facts %s)%n", cold,
                    cached[cached.length / 2], SAMPLE);
        } finally {
            try (Stream<Path> walk = Files.walk(cache)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long run(String jar, Path cache) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "check", "--facts", SAMPLE.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DUNBAN_CACHE", cache.toString());
        long t0 = System.nanoTime();
        pb.start().waitFor();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static boolean hasArchive(Path cache) throws IOException {
        try (Stream<Path> walk = Files.walk(cache)) {
            return walk.anyMatch(p -> p.getFileName().toString().equals("classes.jsa"));
        }
    }
}
