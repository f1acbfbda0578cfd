package cn.dunban.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JVM a benchmark runs in. Its figures depend on the heap and the collector as much as on the code:
 * dunban's sessions allocate some 300 MB per full check of a province and hold two cities' working
 * memory while they run, so a young generation that fills every other check adds a 30–50 ms copy to
 * half the checks, and G1 with a default heap slows the baseline's large hash tables instead. So, as
 * JMH does, the benchmark runs in a child JVM with the options the figures in docs/performance.md were
 * measured with, unless the user chose heap or collector options of their own (then they apply) or
 * asked for {@code --no-fork}.
 */
public final class BenchJvm {

    /** Heap and collector options, as given to {@code java}: these decide the figures. */
    private static final Pattern HEAP_OR_GC = Pattern.compile(
            "-Xm[sxn].*|-XX:[+-]Use\\w+GC|-XX:(Max|Min|Initial)?RAM\\w*=.*|-XX:(New|MaxNew|Old)Size=.*|-XX:NewRatio=.*|-XX:(Initial|Max|Min)HeapSize=.*");

    private BenchJvm() {
    }

    /** The options the figures in docs/performance.md were measured with. */
    public static List<String> recommended(Size size) {
        return size == Size.LARGE
                ? List.of("-XX:+UseParallelGC", "-Xms4g", "-Xmx4g", "-Xmn512m")
                : List.of("-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-Xmn1g");
    }

    /** The heap and collector options this JVM was started with; empty when it was started with none. */
    public static List<String> chosen() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(BenchJvm::decidesFigures)
                .toList();
    }

    /** Whether a JVM option is one of those that decide the figures: heap sizes and the collector. */
    static boolean decidesFigures(String option) {
        return HEAP_OR_GC.matcher(option).matches();
    }

    /**
     * The command that runs {@code bench} with {@code argv} in a child JVM with the recommended options:
     * {@code java -jar dunban.jar} when this JVM runs the jar, the main class on this class path otherwise.
     */
    static List<String> childCommand(Size size, List<String> argv) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(recommended(size));
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            cmd.add("-jar");
            cmd.add(classPath);
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(System.getProperty("dunban.entry-point")); // set by the entry point before any command runs
        }
        cmd.add("bench");
        cmd.addAll(argv);
        cmd.add("--no-fork");
        return cmd;
    }

    /** Runs {@code bench} in a child JVM with the recommended options, its output passed through; its exit code. */
    public static int fork(Size size, List<String> argv, PrintStream err) {
        List<String> cmd = childCommand(size, argv);
        err.println("bench: running in a child JVM with " + String.join(" ", recommended(size))
                + " (the options docs/performance.md was measured with; give java your own -Xm… or -XX:+Use…GC"
                + " options, or pass --no-fork, to run in this JVM)");
        err.flush();
        try {
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            // stopped from outside (Ctrl-C, a timeout), the benchmark stops with it
            Thread stop = new Thread(child::destroy, "bench-child-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                int exit = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return exit;
            } catch (InterruptedException e) {
                child.destroy();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bench: interrupted", e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("bench: cannot start a child JVM (" + e.getMessage()
                    + "); run with --no-fork and your own JVM options", e);
        }
    }
}
