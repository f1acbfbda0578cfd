package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.num;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Strength;
import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.FloorBreach;
import cn.dunban.vocabulary.Goal;
import cn.dunban.vocabulary.RuleFunctions;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/** {@code rules/floor}: the earliest report on which a floor target's line was not held. */
final class FloorFamily implements Family {

    @Override
    public String name() {
        return "floor";
    }

    @Override
    public Set<String> rules() {
        return Set.of("floor-broken", "floor-aspiration-broken");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        List<FloorBreach> breaches = new ArrayList<>();
        for (Target t : d.targets()) {
            if (t.measure() != Measure.FLOOR || d.hardLine(t.id())) {
                continue;
            }
            breaches.clear();
            LocalDate first = null;
            for (Goal g : d.goals(t.id())) {
                for (Report r : d.reports(t.id())) {
                    if (r.value() != null && breached(g, r.value())) {
                        breaches.add(new FloorBreach(t, g, r));
                        if (first == null || r.asOf().isBefore(first)) {
                            first = r.asOf();
                        }
                    }
                }
            }
            boolean aspiration = t.strength() == Strength.ASPIRATIONAL;
            for (FloorBreach b : breaches) {
                if (!b.report().asOf().equals(first)) {
                    continue;
                }
                Goal g = b.goal();
                Report r = b.report();
                String message = t.indicator() + "在" + first + "为" + num(r.value()) + unit(g)
                        + (aspiration ? "，未守住力争保持的" : "，未守住应保持的") + num(g.value()) + unit(g);
                out.add(RuleFunctions.finding(aspiration ? "floor-aspiration-broken" : "floor-broken",
                        aspiration ? Severity.WARNING : Severity.VIOLATION, t, message,
                        evidence("reported", r.value(), "required", g.value(), "unit", g.unit(), "asOf", first)));
            }
        }
    }

    /** floor-breach-ge/gt/le/lt: the line the comparator draws, not held. */
    private static boolean breached(Goal g, double value) {
        double v = g.value();
        return switch (g.target().comparator()) {
            case GE -> value < v;
            case GT -> value <= v;
            case LE -> value > v;
            case LT -> value >= v;
            default -> false;
        };
    }

    /** The goal's unit as messages print it: nothing when the goal has none. */
    private static String unit(cn.dunban.vocabulary.Goal g) {
        return g.unit() == null ? "" : g.unit();
    }
}
