package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.policy.RulesDiff;

/**
 * {@code dunban diff-rules}: what an edited rules directory would change on given facts compared with the
 * running one, before it is deployed — the findings it would add, remove or change (matched by rule and
 * subject) and the targets whose light would change. Exit 0 when nothing changes, 1 when something does,
 * 2 when the facts or either rules directory are wrong.
 */
final class DiffRulesCommand implements Command {

    @Override
    public String usage() {
        return "dunban diff-rules --rules EDITED [--against DIR] --facts FILE [--facts FILE …] [--as-of DATE] [--catalog DIR]";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("--rules", "--against", "--as-of", "--catalog"), Set.of("--facts"), Set.of());
        if (args.path("--rules") == null) {
            throw new UsageException("请用 --rules 指定改过的规则目录");
        }
        Path edited = args.path("--rules");
        Path running = Inputs.rules(args.path("--against"));
        Inputs.requireRules(edited);
        Inputs.requireRules(running);
        Catalog catalog = Inputs.catalog(args.path("--catalog"));
        if (args.paths("--facts").isEmpty()) {
            throw new UsageException("请用 --facts 指定用来比较的事实文件");
        }
        Facts facts = Inputs.facts(catalog, args.paths("--facts"));
        LocalDate asOf = args.date("--as-of") != null ? args.date("--as-of")
                : facts.asOf() != null ? facts.asOf() : LocalDate.now();
        RulesDiff.Result diff = RulesDiff.compare(Rulebases.load(running), Rulebases.load(edited), catalog, facts, asOf);
        out.println("比较 " + edited + "（版本 " + diff.edited() + "）与 " + running + "（版本 " + diff.running() + "），检查日 "
                + asOf);
        print(out, "+", diff.added());
        print(out, "-", diff.removed());
        for (RulesDiff.Change c : diff.changed()) {
            out.println("~ " + c.rule() + " " + c.subject() + "：" + what(c.before(), c.after()));
        }
        for (RulesDiff.LightChange l : diff.lights()) {
            out.println("灯 " + l.target() + " " + l.indicator() + "：" + (l.before() == null ? "（无）" : l.before().label())
                    + " → " + (l.after() == null ? "（无）" : l.after().label()));
        }
        out.println("新增 " + diff.added().size() + " 条，撤销 " + diff.removed().size() + " 条，改变 " + diff.changed().size()
                + " 条问题；" + diff.lights().size() + " 个目标的灯改变");
        return diff.same() ? Cli.OK : Cli.VIOLATIONS;
    }

    private static void print(PrintStream out, String sign, List<RulesDiff.Change> changes) {
        for (RulesDiff.Change c : changes) {
            Finding f = c.after() != null ? c.after() : c.before();
            out.println(sign + " " + f.getSeverity().label() + " " + f.getRule() + " " + f.getSubject() + "：" + f.getMessage());
        }
    }

    /** "预警 → 违规；说明 “…” → “…”；证据 required 1.25 → 1.5" */
    private static String what(Finding a, Finding b) {
        StringBuilder s = new StringBuilder();
        if (a.getSeverity() != b.getSeverity()) {
            s.append(a.getSeverity().label()).append(" → ").append(b.getSeverity().label());
        }
        if (!a.getMessage().equals(b.getMessage())) {
            s.append(s.isEmpty() ? "" : "；").append("说明 “").append(a.getMessage()).append("” → “").append(b.getMessage())
                    .append("”");
        }
        Map<String, Object> x = a.getEvidence();
        Map<String, Object> y = b.getEvidence();
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        for (String k : keys) {
            if (!java.util.Objects.equals(x.get(k), y.get(k))) {
                s.append(s.isEmpty() ? "" : "；").append("证据 ").append(k).append(' ').append(x.get(k)).append(" → ")
                        .append(y.get(k));
            }
        }
        return s.isEmpty() ? "（引用或牵头单位不同）" : s.toString();
    }
}
