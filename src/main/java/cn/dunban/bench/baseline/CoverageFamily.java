package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.num;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.Goal;
import cn.dunban.vocabulary.RuleFunctions;
import cn.dunban.vocabulary.Shortfall;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/**
 * {@code rules/coverage}: a 100% target (a hard line) below 100% at its most recent failing report, at
 * any time; a 清零 target whose counting report is not zero, or not done.
 */
final class CoverageFamily implements Family {

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public Set<String> rules() {
        return Set.of("coverage-100", "zero-not-cleared", "zero-not-done");
    }

    /** coverage-hard-line: GE targets whose value is coverage.full in %. */
    static Set<String> hardLines(Data d) {
        double full = d.parameter("coverage.full");
        Set<String> out = new HashSet<>();
        for (Target t : d.targets()) {
            if (t.comparator() == Comparator.GE && t.value() != null && t.value() == full && "%".equals(t.unit())) {
                out.add(t.id());
            }
        }
        return out;
    }

    @Override
    public void check(Data d, List<Finding> out) {
        for (Target t : d.targets()) {
            if (d.hardLine(t.id())) {
                for (Goal g : d.goals(t.id())) {
                    LocalDate last = null;
                    for (Report r : d.reports(t.id())) {
                        if (r.value() != null && r.value() < g.value() && (last == null || r.asOf().isAfter(last))) {
                            last = r.asOf();
                        }
                    }
                    for (Report r : d.reports(t.id())) {
                        if (r.value() != null && r.value() < g.value() && r.asOf().equals(last)) {
                            Shortfall s = Shortfall.described(t, g, r, "未达到");
                            out.add(RuleFunctions.finding("coverage-100", Severity.VIOLATION, t, s.message(), s.evidence()));
                        }
                    }
                }
            }
            if (t.comparator() != Comparator.ZERO) {
                continue;
            }
            Report r = d.latest(t.id());
            if (r == null) {
                continue;
            }
            if (r.value() != null && r.value() > 0) {
                out.add(RuleFunctions.finding("zero-not-cleared", Severity.VIOLATION, t,
                        t.indicator() + "尚有" + num(r.value()) + (r.unit() == null ? "" : r.unit()) + "，未清零",
                        evidence("reported", r.value(), "required", 0, "unit", r.unit(), "asOf", r.asOf())));
            }
            if (r.value() == null && Boolean.FALSE.equals(r.done())) {
                out.add(RuleFunctions.finding("zero-not-done", Severity.VIOLATION, t, t.indicator() + "：报告未清零",
                        evidence("done", false, "asOf", r.asOf())));
            }
        }
    }
}
