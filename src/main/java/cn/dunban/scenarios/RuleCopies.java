package cn.dunban.scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A private copy of a rules directory, the way a policy officer tries an edit before deploying it:
 * scenarios and tests edit the copy, never the rules in force.
 */
public final class RuleCopies {

    private RuleCopies() {
    }

    /** Copies {@code from} into a new temporary directory and returns it. */
    public static Path copy(Path from) throws IOException {
        return copy(from, Files.createTempDirectory("dunban-rules-"));
    }

    /** Copies {@code from} into {@code to} (created if needed) and returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return to;
    }
}
