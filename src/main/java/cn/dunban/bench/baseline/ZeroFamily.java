package cn.dunban.bench.baseline;

import static cn.dunban.engine.RuleFunctions.evidence;
import static cn.dunban.engine.RuleFunctions.num;

import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Target;
import cn.dunban.engine.RuleFunctions;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/** {@code rules/zero}: a 清零 target whose counting report is not zero, or not done. */
final class ZeroFamily implements Family {

    @Override
    public String name() {
        return "zero";
    }

    @Override
    public Set<String> rules() {
        return Set.of("zero-not-cleared", "zero-not-done");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        for (Target t : d.targets()) {
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
