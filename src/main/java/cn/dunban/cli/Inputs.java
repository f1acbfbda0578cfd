package cn.dunban.cli;

import java.nio.file.Path;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.scope.Scope;
import cn.dunban.scope.ScopeException;

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

    /** The facts a command checks: {@code --facts FILE}, or none. The one place a command line's facts are read. */
    static Facts facts(Args args, Catalog catalog) {
        Path file = args.path("--facts");
        return file == null ? Facts.empty() : new FactsReader(catalog).read(file);
    }

    static Path rules(Path dir) {
        return dir == null ? DEFAULT_RULES : dir;
    }
}
