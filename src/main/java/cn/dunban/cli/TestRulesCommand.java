package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.dunban.engine.FiredRules;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.scenarios.ScenarioRun;

/**
 * {@code dunban test-rules}: the policy office's own test loop, in the way {@code opa test} lets policy
 * authors test before they deploy. Compiles the rules directory (an edited copy included; errors as
 * {@code file:line:column}, exit 2), then runs the Chinese scenarios against it and prints each scenario
 * with its verdict and a last line {@code N passed, M failed}; exit 1 if any scenario failed.
 */
final class TestRulesCommand implements Command {

    static final Path DEFAULT_FEATURES = Path.of("features");

    @Override
    public String usage() {
        return "dunban test-rules [--rules DIR] [--features DIR|FILE] [--coverage]";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("--rules", "--features"), Set.of("--coverage"));
        boolean coverage = args.flag("--coverage");
        Path rules = Inputs.rules(args.path("--rules"));
        Path features = args.path("--features") == null ? DEFAULT_FEATURES : args.path("--features");
        if (!Files.exists(features)) {
            throw new UsageException("场景目录或文件不存在: " + features);
        }
        Rulebase rulebase = Rulebases.load(rules);
        rulebase.warnings().forEach(w -> err.println("警告 " + w));
        out.println("规则目录 " + rules + "（版本 " + rulebase.version() + "），场景 " + features);

        ScenarioReport report = new ScenarioReport(out);
        if (coverage) {
            FiredRules.start();
        }
        try {
            ScenarioRun.run(rules, features, report);
        } catch (IllegalStateException e) {
            FiredRules.stop();
            err.println(e.getMessage());
            return Cli.BAD_INPUT;
        }
        report.print();
        if (coverage) {
            printCoverage(out, rulebase, FiredRules.stop());
        }
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        return report.failed() > 0 || report.passed() == 0 ? Cli.VIOLATIONS : Cli.OK;
    }

    /** The rules of the rules directory that no scenario made fire, by file: rules no scenario tests. */
    private static void printCoverage(PrintStream out, Rulebase rulebase, Set<String> fired) {
        java.util.TreeMap<String, java.util.List<String>> never = new java.util.TreeMap<>();
        int all = 0;
        for (var pkg : rulebase.kieBase().getKiePackages()) {
            for (var rule : pkg.getRules()) {
                all++;
                if (!fired.contains(pkg.getName() + "/" + rule.getName())) {
                    Object id = rule.getMetaData().get("id");
                    never.computeIfAbsent(pkg.getName(), k -> new java.util.ArrayList<>())
                            .add(rule.getName() + (id == null ? "" : "（" + id + "）"));
                }
            }
        }
        int count = never.values().stream().mapToInt(java.util.List::size).sum();
        out.println();
        out.println("规则覆盖：" + (all - count) + "/" + all + " 条规则在场景中触发过" + (count == 0 ? "" : "；从未触发的 " + count + " 条："));
        never.forEach((pkg, rules) -> rules.forEach(r -> out.println("  " + pkg + "  " + r)));
    }
}
