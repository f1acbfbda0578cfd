package cn.dunban.vocabulary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.dunban.catalog.Target;
import cn.dunban.facts.Report;

/**
 * Fills the message a rule writes ({@code 记为违规"{指标}{报告值}{单位}，未达到{应达值}{单位}"}): each
 * {@code {名称}} is replaced by the value of that name. The rule file holds the wording; the vocabulary
 * ({@code .dsl}) says which values a sentence offers; this class only formats them, the way the
 * findings always printed them: numbers to two decimals at most, dates as {@code 2023-09-30}, nothing for
 * a missing unit. A name the sentence does not offer is an error that names the available ones, so a
 * typo in a message is caught by the first check (and by the trial run before a rulebase goes live).
 */
public final class Wording {

    private Wording() {
    }

    /**
     * The names every target sentence offers, from the target, its goal and a report (each may be absent):
     * {指标} {期限} {应达值} (a range as 1—3) {单位} (the goal's) {报告值} {报告单位} {报告日期}; and the
     * extra {@code name, value} pairs the sentence adds.
     */
    public static String say(String template, Target target, Goal goal, Report report, Object... extra) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (target != null) {
            values.put("指标", target.indicator());
            values.put("期限", target.deadline());
        }
        if (goal != null) {
            String required = RuleFunctions.num(goal.value())
                    + (goal.valueMax() != null ? "—" + RuleFunctions.num(goal.valueMax()) : "");
            values.put("应达值", required);
            values.put("单位", goal.unit() == null ? "" : goal.unit());
        }
        if (report != null) {
            values.put("报告值", report.value());
            values.put("报告单位", report.unit() == null ? "" : report.unit());
            values.put("报告日期", report.asOf());
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            values.put(String.valueOf(extra[i]), extra[i + 1]);
        }
        return fill(template, values);
    }

    /** Replaces each {@code {名称}} of {@code template} by its value in {@code values}. */
    public static String fill(String template, Map<String, Object> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("说明“" + template + "”中的“{”没有配对的“}”");
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close).strip();
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("说明“" + template + "”中的“{" + name + "}”不是这句用语提供的数值（可用："
                        + String.join("、", values.keySet().stream().map(k -> "{" + k + "}").toList()) + "）");
            }
            out.append(format(values.get(name)));
            i = close + 1;
        }
        return out.toString();
    }

    private static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return RuleFunctions.num(d);
        }
        if (v instanceof Number n) {
            return RuleFunctions.num(n.doubleValue());
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }
}
