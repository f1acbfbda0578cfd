package cn.dunban.vocabulary;

import java.time.LocalDate;

import cn.dunban.catalog.Target;
import cn.dunban.findings.Finding;

/**
 * How the status lights say why a target has its light (rules/status/status.dsl calls these): the
 * 完成率, the 序时进度 and how far behind or ahead, the problem that decided it, or the days left before
 * a milestone's deadline. Kept here, not in the rule files, so that policy staff read sentences only.
 */
public final class StatusReasons {

    private StatusReasons() {
    }

    /** The verbatim clause a jurisdiction-level finding cites, to match it to its target. */
    public static String citedText(Finding f) {
        return f.getCitation() == null ? null : f.getCitation().text();
    }

    /** “违规：城镇新建民用建筑中绿色建筑占比98.5%，未达到100%” */
    public static String concernReason(Finding f) {
        return f.getSeverity().label() + "：" + f.getMessage();
    }

    /** “完成率40%，序时进度74.8%，落后序时进度34.8%（占目标值）” */
    public static String paceReason(Progress p) {
        String head = "完成率" + RuleFunctions.num(p.progress()) + "%，序时进度" + RuleFunctions.num(p.expected()) + "%，";
        if (p.behind() <= 0) {
            return head + (p.due() ? "已达到目标值" : "达到序时进度");
        }
        return head + "落后序时进度" + RuleFunctions.num(p.behind(), 1) + "%（占目标值）";
    }

    /** “距期限2023-06-30还有3天，报告尚未完成” */
    public static String dueReason(Target t, LocalDate asOf) {
        long days = daysUntil(asOf, t.deadline());
        if (days < 0) {
            return "已过期限" + t.deadline() + "，报告尚未完成";
        }
        return "距期限" + t.deadline() + "还有" + days + "天，报告尚未完成";
    }

    /** Days from the check date to a deadline, negative once it has passed. */
    public static long daysUntil(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }
}
