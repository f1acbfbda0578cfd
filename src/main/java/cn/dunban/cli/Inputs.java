package cn.dunban.cli;

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
}
