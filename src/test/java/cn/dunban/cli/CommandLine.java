package cn.dunban.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * dunban's command line run in the test's JVM as a user runs it from a shell: the exit status, and what one command
 * printed on standard output and standard error, as UTF-8 text.
 */
final class CommandLine {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command; what earlier commands printed is forgotten. Its exit status. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last command printed on standard output. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the last command printed on standard error. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
