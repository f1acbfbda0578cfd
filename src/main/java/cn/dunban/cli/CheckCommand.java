package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.office.SupervisionWorkbook;
import cn.dunban.office.TextRenderer;
import cn.dunban.scope.Scope;

/** {@code dunban check} (the README's command line). Exit 0 without VIOLATION, 1 with, 2 on bad input. */
final class CheckCommand implements Command {

    static final String USAGE = "dunban check --facts FILE [--facts FILE …] [--as-of DATE] [--catalog DIR] [--rules DIR] "
            + "[--document CODE]… [--jurisdiction NAME]… [--unit 牵头单位]… [--format json|text|xlsx] [--out FILE]";

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("--as-of", "--catalog", "--rules", "--format", "--out"),
                Inputs.REPEATABLE_OPTIONS, Set.of());
        String format = args.get("--format", "json");
        if (!Set.of("json", "text", "xlsx").contains(format)) {
            throw new UsageException("--format 只能是 json、text 或 xlsx");
        }
        if (format.equals("xlsx") && args.path("--out") == null) {
            throw new UsageException("--format xlsx 需要 --out FILE.xlsx（工作簿不输出到终端）");
        }
        LocalDate asOfOption = args.date("--as-of");
        Path rulesDir = Inputs.rules(args.path("--rules"));
        Inputs.requireRules(rulesDir);
        Inputs.requireWritable(args.path("--out"));
        // every input is read and checked before the rules are compiled: a mistyped file is answered at once
        Catalog catalog = Inputs.catalog(args.path("--catalog"));
        Scope scope = Inputs.scope(args, catalog);
        Facts facts = Inputs.facts(catalog, args.paths("--facts"));
        LocalDate asOf = asOfOption != null ? asOfOption : facts.asOf() != null ? facts.asOf() : LocalDate.now();
        Checker checker = Checker.partitioned(Rulebases.load(rulesDir), catalog);
        FindingsReport report = scope.filter(checker.check(facts, asOf));
        if (format.equals("xlsx")) {
            Output.write(SupervisionWorkbook.write(report, scope), args.path("--out"));
        } else {
            Output.write(format.equals("json") ? JsonRenderer.render(report) : TextRenderer.render(report, scope.units()),
                    args.path("--out"), out);
        }
        if (args.path("--out") != null) {
            err.println(summaryLine(report) + " → " + args.path("--out"));
        }
        return report.hasViolation() ? 1 : 0;
    }

    private static String summaryLine(FindingsReport report) {
        StringBuilder b = new StringBuilder();
        report.summary().forEach((s, n) -> b.append(s.label()).append(' ').append(n).append('　'));
        return b.toString().strip();
    }
}
