package cn.dunban.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;

/** The catalog and rules a command works with: the built-in five documents and {@code ./rules} by default. */
final class Inputs {

    static final Path DEFAULT_RULES = Path.of("rules");

    private Inputs() {
    }

    static Catalog catalog(Path dir) {
        return dir == null ? CatalogReader.builtIn() : CatalogReader.readDirectory(dir);
    }

    static Path rules(Path dir) {
        return dir == null ? DEFAULT_RULES : dir;
    }

    /** A rules directory that is not there is said before anything is read or compiled. */
    static void requireRules(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("规则目录 " + dir + " 不存在（用 --rules DIR 指定）");
        }
    }

    /** An output file that could not be written is said before the check runs, not after. */
    static void requireWritable(Path out) {
        if (out == null) {
            return;
        }
        if (Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " 是一个目录，应为文件");
        }
        Path dir = out.toAbsolutePath().getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new UsageException("--out " + out + " 无法写入（所在目录不可写）");
        }
    }
}
