package cn.dunban.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import cn.dunban.office.StatusText;
import cn.dunban.office.StatusWorkbook;
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
        CheckRequest in = CheckRequest.read(argv);
        StatusReport report = StatusBoard.of(in.checker(), in.facts(), in.asOf(), in.scope());
        if (in.format().equals("xlsx")) {
            Output.write(StatusWorkbook.write(report), in.out());
        } else {
            Output.write(in.format().equals("json") ? StatusJson.render(report) : StatusText.render(report), in.out(),
                    out);
        }
        if (in.out() != null) {
            err.println(summaryLine(report) + " → " + in.out());
        }
        return Cli.OK;
    }

    static String summaryLine(StatusReport report) {
        return report.summary().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining("　"));
    }
}
