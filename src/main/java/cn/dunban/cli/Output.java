package cn.dunban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a command's result goes: standard output, or a file written whole or not at all. */
final class Output {

    private Output() {
    }

    static void write(String text, Path out, PrintStream stdout) throws IOException {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), out);
    }

    /** A binary file (a workbook, a document), written whole or not at all. */
    static void write(byte[] bytes, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
