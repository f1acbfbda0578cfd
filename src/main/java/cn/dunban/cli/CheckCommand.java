package cn.dunban.cli;

import java.io.PrintStream;
import java.util.List;

import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.office.SupervisionWorkbook;
import cn.dunban.office.TextRenderer;

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
        CheckRequest in = CheckRequest.read(argv);
        FindingsReport report = in.scope().filter(in.checker().check(in.facts(), in.asOf()));
        if (in.format().equals("xlsx")) {
            Output.write(SupervisionWorkbook.write(report, in.scope()), in.out());
        } else {
            Output.write(in.format().equals("json") ? JsonRenderer.render(report)
                    : TextRenderer.render(report, in.scope().units()), in.out(), out);
        }
        if (in.out() != null) {
            err.println(summaryLine(report) + " → " + in.out());
        }
        return report.hasViolation() ? 1 : 0;
    }

    private static String summaryLine(FindingsReport report) {
        StringBuilder b = new StringBuilder();
        report.summary().forEach((s, n) -> b.append(s.label()).append(' ').append(n).append('　'));
        return b.toString().strip();
    }
}
