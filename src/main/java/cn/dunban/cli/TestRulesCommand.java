package cn.dunban.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.dunban.engine.FiredRules;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.scenarios.World;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;

/**
 * {@code dunban test-rules}: the policy office's own test loop, in the way {@code opa test} lets policy
 * authors test before they deploy. Compiles the rules directory (an edited copy included; errors as
 * {@code file:line:column}, exit 2), then runs the Chinese scenarios against it and prints each scenario
 * with its verdict and a last line {@code N passed, M failed}; exit 1 if any scenario failed.
 */
final class TestRulesCommand implements Command {

    static final Path DEFAULT_FEATURES = Path.of("features");
    private static final String GLUE = "cn.dunban.scenarios";
    /** Scenarios are independent (each has its own World and rules copy): run them on every core, up to four. */
    private static final int THREADS = Math.max(1, Math.min(4, java.lang.Runtime.getRuntime().availableProcessors()));

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
        ByteArrayOutputStream cucumberOutput = new ByteArrayOutputStream();
        RuntimeOptions options = new CommandlineOptionsParser(cucumberOutput)
                .parse("--glue", GLUE, "--monochrome", "--threads", String.valueOf(THREADS), features.toString())
                .build();
        String previous = System.getProperty(World.RULES_PROPERTY);
        System.setProperty(World.RULES_PROPERTY, rules.toString());
        if (coverage) {
            FiredRules.start();
        }
        try {
            Runtime runtime = Runtime.builder()
                    .withRuntimeOptions(options)
                    .withClassLoader(TestRulesCommand.class::getClassLoader)
                    .withAdditionalPlugins(report)
                    .build();
            runtime.run();
        } catch (RuntimeException e) {
            err.println("场景文件无法运行: " + e.getMessage());
            err.print(cucumberOutput.toString(StandardCharsets.UTF_8));
            return Cli.BAD_INPUT;
        } finally {
            if (previous == null) {
                System.clearProperty(World.RULES_PROPERTY);
            } else {
                System.setProperty(World.RULES_PROPERTY, previous);
            }
        }
        if (coverage) {
            printCoverage(out, rulebase, FiredRules.stop());
        }
        report.print();
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
