package cn.dunban.vocabulary;

import cn.dunban.facts.Report;

/**
 * A goal with one of its target's reports, any one, not only the latest (逐次报告): derived by the rule
 * {@code series-reading} in {@code rules/targets/goal.dslr} for the targets a rule asked every report of
 * ({@link NeedsAllReports}): floors (保持在…) and hard lines (百分之百) are judged at each report.
 */
public final class SeriesReading extends GoalReport {

    public SeriesReading(Goal goal, Report report) {
        super(goal, report);
    }
}
