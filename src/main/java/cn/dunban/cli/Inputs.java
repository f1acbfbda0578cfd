package cn.dunban.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.scope.Scope;
import cn.dunban.scope.ScopeException;
import cn.dunban.ledger.FactsFiles;

/** The catalog and rules a command works with: the built-in five documents and {@code ./rules} by default. */
final class Inputs {

    static final Path DEFAULT_RULES = Path.of("rules");

    private Inputs() {
    }

    static Catalog catalog(Path dir) {
        return dir == null ? CatalogReader.builtIn() : CatalogReader.readDirectory(dir);
    }

    /** The scope options every command that checks takes; each may repeat. */
    static final java.util.Set<String> SCOPE_OPTIONS = java.util.Set.of("--document", "--jurisdiction", "--unit");

    /** What a checking command may repeat: its scope, and {@code --facts} (JSON and ledgers mixed). */
    static final java.util.Set<String> REPEATABLE_OPTIONS = java.util.Set.of("--facts", "--document", "--jurisdiction", "--unit");

    /** The scope a command line asks for; a name the catalog does not know is a usage error (exit 2). */
    static Scope scope(Args args, Catalog catalog) {
        try {
            return Scope.of(catalog, args.all("--document"), args.all("--jurisdiction"), args.all("--unit"));
        } catch (ScopeException e) {
            throw new UsageException(String.join("\n", e.problems().stream().map(p -> "--" + p.field() + ": " + p.message()).toList()));
        }
    }

    /** A scope of jurisdictions and units only (for a notice), checked the same way. */
    static Scope scope(Catalog catalog, java.util.List<String> jurisdictions, java.util.List<String> units) {
        try {
            return Scope.of(catalog, java.util.List.of(), jurisdictions, units);
        } catch (ScopeException e) {
            throw new UsageException(String.join("\n", e.problems().stream().map(p -> "--" + p.field() + ": " + p.message()).toList()));
        }
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
