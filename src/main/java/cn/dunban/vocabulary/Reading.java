package cn.dunban.vocabulary;

import cn.dunban.facts.Report;

/**
 * A goal with the report that counts for it at the check date (目标的最新报告), derived once per target
 * by the rule {@code reading} in {@code rules/targets/goal.dslr}; the shortfall, pace and 清零 rules read it.
 */
public final class Reading extends GoalReport {

    public Reading(Goal goal, Report report) {
        super(goal, report);
    }
}
