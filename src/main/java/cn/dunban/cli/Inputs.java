package cn.dunban.cli;

import java.nio.file.Path;
import java.util.List;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.ledger.FactsFiles;

/** The catalog and rules a command works with: the built-in five documents and {@code ./rules} by default. */
final class Inputs {

    static final Path DEFAULT_RULES = Path.of("rules");

    private Inputs() {
    }

    static Catalog catalog(Path dir) {
        return dir == null ? CatalogReader.builtIn() : CatalogReader.readDirectory(dir);
    }

    /**
     * The one place the command line reads {@code --facts}: JSON, filled ledgers (.xlsx) and CSV ledgers,
     * any number of them, read as one facts document; no file, no facts.
     */
    static Facts facts(Catalog catalog, List<Path> files) {
        return files.isEmpty() ? Facts.empty() : FactsFiles.read(new FactsReader(catalog), files);
    }

    static Path rules(Path dir) {
        return dir == null ? DEFAULT_RULES : dir;
    }
}
