package cn.dunban.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.scope.Scope;

/**
 * What {@code check} and {@code status} read from their command line: options, output path, rules
 * directory, catalog, scope and facts — all of it read and checked before the rules are compiled, so that
 * a mistyped file or name is answered at once. The one place these two commands take their inputs.
 */
record CheckRequest(String format, Path out, Path rulesDir, Catalog catalog, Scope scope, Facts facts,
        LocalDate asOf) {

    static CheckRequest read(List<String> argv) {
        Args args = new Args(argv, Set.of("--as-of", "--catalog", "--rules", "--format", "--out"),
                Inputs.REPEATABLE_OPTIONS, Set.of());
        String format = args.get("--format", "json");
        if (!Set.of("json", "text", "xlsx").contains(format)) {
            throw new UsageException("--format 只能是 json、text 或 xlsx");
        }
        Path out = args.path("--out");
        if (format.equals("xlsx") && out == null) {
            throw new UsageException("--format xlsx 需要 --out FILE.xlsx（工作簿不输出到终端）");
        }
        LocalDate asOfOption = args.date("--as-of");
        Path rulesDir = Inputs.rules(args.path("--rules"));
        Inputs.requireRules(rulesDir);
        Inputs.requireWritable(out);
        Catalog catalog = Inputs.catalog(args.path("--catalog"));
        Scope scope = Inputs.scope(args, catalog);
        Facts facts = Inputs.facts(catalog, args.paths("--facts"));
        LocalDate asOf = asOfOption != null ? asOfOption : facts.asOf() != null ? facts.asOf() : LocalDate.now();
        return new CheckRequest(format, out, rulesDir, catalog, scope, facts, asOf);
    }

    /** The checker, only now that every input has been read: compiling (or loading) the rules comes last. */
    Checker checker() {
        return Checker.partitioned(Rulebases.load(rulesDir), catalog);
    }
}
