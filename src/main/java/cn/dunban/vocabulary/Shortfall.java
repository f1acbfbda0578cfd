package cn.dunban.vocabulary;

import java.util.Map;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Report;

/**
 * A target whose counting report does not meet it, with the words of the rule that found it
 * ({@code "城镇新建民用建筑中绿色建筑占比98.5%，未达到100%"}, written in {@code rules/targets/shortfall.dslr}).
 * Whether that is a violation, a warning or nothing yet depends on the deadline and the strength:
 * the verdict rules decide, this fact only classifies. {@code goal} is absent for a target judged by
 * "done" alone (节点任务, 下达任务).
 */
public record Shortfall(Target target, Goal goal, Report report, String message) {

    /**
     * The message the rules write for a comparison phrase ("未达到", "超过" …), for the benchmark's
     * plain-Java copy of the rules, which has no rule file to take the words from.
     */
    public static Shortfall described(Target target, Goal goal, Report report, String phrase) {
        if (goal == null || report.value() == null) {
            return new Shortfall(target, goal, report, target.indicator() + "：" + phrase);
        }
        String about = target.comparator() == Comparator.APPROX ? "左右（超出容差）" : "";
        return new Shortfall(target, goal, report,
                Wording.say("{指标}{报告值}{单位}，" + phrase + "{应达值}{单位}" + about, target, goal, report));
    }

    public Map<String, Object> evidence() {
        if (goal == null || report.value() == null) {
            return RuleFunctions.evidence("done", report.saysDone(), "asOf", report.asOf());
        }
        return RuleFunctions.evidence("reported", report.value(), "required", goal.value(), "unit", goal.unit(),
                "asOf", report.asOf());
    }
}
