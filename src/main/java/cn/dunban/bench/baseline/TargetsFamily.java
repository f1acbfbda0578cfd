package cn.dunban.bench.baseline;

import static cn.dunban.vocabulary.RuleFunctions.evidence;
import static cn.dunban.vocabulary.RuleFunctions.num;

import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Strength;
import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.Goal;
import cn.dunban.vocabulary.RuleFunctions;
import cn.dunban.vocabulary.Shortfall;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;

/**
 * {@code rules/targets}: a shortfall of the counting report against the goal, per comparator
 * (shortfall.dslr), judged at the deadline by strength (deadline.dslr); a value reported before the
 * target's assigned value arrived (goal.dslr).
 */
final class TargetsFamily implements Family {

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public Set<String> rules() {
        return Set.of("target-missed", "aspiration-missed", "goal-pending");
    }

    @Override
    public void check(Data d, List<Finding> out) {
        double approx = d.parameter("approx.tolerance");
        for (Target t : d.targets()) {
            goalPending(d, t, out);
            if (t.deadline().isAfter(d.asOf())) {
                continue;
            }
            Report r = d.latest(t.id());
            if (r == null) {
                continue;
            }
            if (r.value() != null) {
                for (Goal g : d.goals(t.id())) {
                    String phrase = shortfall(t.comparator(), r.value(), g.value(), approx);
                    if (phrase != null) {
                        verdict(d, t, Shortfall.described(t, g, r, phrase), out);
                    }
                }
            }
            boolean notDone = Boolean.FALSE.equals(r.done());
            if (notDone && t.comparator() == Comparator.MILESTONE) {
                verdict(d, t, Shortfall.described(t, null, r, "未完成"), out);
            }
            if (notDone && t.value() == null && t.comparator() != Comparator.MILESTONE
                    && t.comparator() != Comparator.ZERO) {
                verdict(d, t, Shortfall.described(t, null, r, "未完成"), out);
            }
        }
    }

    /** goal.dslr: a value reported for a target whose value is set elsewhere and has not arrived. */
    private static void goalPending(Data d, Target t, List<Finding> out) {
        if (t.value() != null || t.comparator() == Comparator.MILESTONE || t.comparator() == Comparator.ZERO
                || d.assigned(t.id())) {
            return;
        }
        Report r = d.latest(t.id());
        if (r != null && r.value() != null) {
            out.add(RuleFunctions.finding("goal-pending", Severity.INFO, t,
                    t.indicator() + "报告为" + num(r.value()) + (r.unit() == null ? "" : r.unit())
                            + "，但尚未收到下达的目标值，无法判定是否达标",
                    evidence("reported", r.value(), "unit", r.unit(), "asOf", r.asOf())));
        }
    }

    /** shortfall.dslr: the phrase of the rule that fires, or null when the report meets the goal. */
    private static String shortfall(Comparator c, double value, double goal, double approxTolerance) {
        return switch (c) {
            case GE -> value < goal ? "未达到" : null;
            case GT -> value <= goal ? "未超过" : null;
            case LE -> value > goal ? "超出上限" : null;
            case LT -> value >= goal ? "未低于" : null;
            case APPROX -> value < goal * (1 - approxTolerance / 100) ? "未达到" : null;
            case RANGE -> value < goal ? "低于区间" : null;
            case ZERO, MILESTONE -> null;
        };
    }

    /** deadline.dslr; a hard line (coverage) is judged by coverage-100 alone. */
    private static void verdict(Data d, Target t, Shortfall s, List<Finding> out) {
        if (d.hardLine(t.id())) {
            return;
        }
        if (t.strength() == Strength.ASPIRATIONAL) {
            out.add(RuleFunctions.finding("aspiration-missed", Severity.WARNING, t, s.message(), s.evidence()));
        } else {
            out.add(RuleFunctions.finding("target-missed", Severity.VIOLATION, t, s.message(), s.evidence()));
        }
    }
}
