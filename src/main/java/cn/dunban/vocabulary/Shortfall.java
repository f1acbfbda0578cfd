package cn.dunban.vocabulary;

import java.util.Map;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Report;

/**
 * A target whose counting report does not meet it, as the comparator reads it ("未达到", "超过" …).
 * Whether that is a violation, a warning or nothing yet depends on the deadline and the strength:
 * the verdict rules decide, this fact only classifies.
 */
public record Shortfall(Target target, Goal goal, Report report, String phrase) {

    /** "城镇新建民用建筑中绿色建筑占比98.5%，未达到100%" */
    public String message() {
        String unit = goal == null || goal.unit() == null ? "" : goal.unit();
        if (goal == null || report.value() == null) {
            return target.indicator() + "：" + phrase;
        }
        String required = RuleFunctions.num(goal.value())
                + (goal.valueMax() != null ? "—" + RuleFunctions.num(goal.valueMax()) : "");
        String about = target.comparator() == Comparator.APPROX ? "左右（超出容差）" : "";
        return target.indicator() + RuleFunctions.num(report.value()) + unit + "，" + phrase + required + unit + about;
    }

    public Map<String, Object> evidence() {
        if (goal == null || report.value() == null) {
            return RuleFunctions.evidence("done", report.saysDone(), "asOf", report.asOf());
        }
        return RuleFunctions.evidence("reported", report.value(), "required", goal.value(), "unit", goal.unit(),
                "asOf", report.asOf());
    }
}
