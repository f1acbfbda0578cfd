package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.elapsedShare;
import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.num;
import static cn.dunban.vocabulary.RuleFunctions.percent;

import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.Goal;
import cn.dunban.vocabulary.RuleFunctions;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/** {@code rules/pace}: a cumulative target's counting report behind 时间过半、任务过半 before its deadline. */
final class PaceFamily implements Family {

    @Override
    public String name() {
        return "pace";
    }

    @Override
    public Set<String> rules() {
        return Set.of("behind-pace");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        double tol = d.parameter("pace.tolerance");
        for (Target t : d.targets()) {
            if (t.measure() != Measure.CUMULATIVE || !t.deadline().isAfter(d.asOf())) {
                continue;
            }
            Comparator c = t.comparator();
            if (c != Comparator.GE && c != Comparator.GT && c != Comparator.APPROX && c != Comparator.RANGE) {
                continue;
            }
            Report r = d.latest(t.id());
            if (r == null || r.value() == null) {
                continue;
            }
            double share = elapsedShare(t, d.asOf());
            for (Goal g : d.goals(t.id())) {
                double v = g.value();
                if (r.value() < v * (share - tol / 100)) {
                    out.add(RuleFunctions.finding("behind-pace", Severity.AT_RISK, t,
                            t.indicator() + "截至" + r.asOf() + "完成" + num(r.value()) + unit(g) + "，时间已过"
                                    + percent(share) + "，应完成约" + num(v * share) + unit(g) + "，落后序时进度",
                            evidence("reported", r.value(), "required", v, "expected", v * share, "unit", g.unit(),
                                    "elapsed", share, "tolerance", tol / 100, "asOf", r.asOf())));
                }
            }
        }
    }

    /** The goal's unit as messages print it: nothing when the goal has none. */
    private static String unit(cn.dunban.vocabulary.Goal g) {
        return g.unit() == null ? "" : g.unit();
    }
}
