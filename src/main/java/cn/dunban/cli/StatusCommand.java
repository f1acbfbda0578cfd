package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.office.StatusText;
import cn.dunban.office.StatusWorkbook;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusBoard;
import cn.dunban.status.StatusJson;
import cn.dunban.status.StatusReport;

/**
 * {@code dunban status}: every target in scope with its light (红黄绿灰), 完成率 and 序时进度 (docs/findings.md).
 * Exit 0 whatever the lights (a red light is news, not an error); 2 on bad input or usage.
 */
final class StatusCommand implements Command {

    static final String USAGE = "dunban status --facts FILE [--facts FILE …] [--as-of DATE] [--catalog DIR] [--rules DIR] "
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
        StatusReport report = StatusBoard.of(checker, facts, asOf, scope);
        if (format.equals("xlsx")) {
            Output.write(StatusWorkbook.write(report), args.path("--out"));
        } else {
            Output.write(format.equals("json") ? StatusJson.render(report) : StatusText.render(report),
                    args.path("--out"), out);
        }
        if (args.path("--out") != null) {
            err.println(summaryLine(report) + " → " + args.path("--out"));
        }
        return Cli.OK;
    }

    static String summaryLine(StatusReport report) {
        return report.summary().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("　"));
    }
}
