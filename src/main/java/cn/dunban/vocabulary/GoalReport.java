package cn.dunban.vocabulary;

import java.time.LocalDate;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Report;

/**
 * A goal read against one report: what the comparison rules test, on the fact's own fields
 * ({@code comparator == Comparator.GE, reported < required}), instead of each joining goals to reports
 * again. In a rule network every such join holds all the reports it could match, so each one more is
 * the province's reports held once more; deriving the pair once is cheaper than matching it many times.
 *
 * <p>Equal only to itself: one rule derives each, once per goal and report, so truth maintenance needs no
 * deep comparison of the goal and the report it carries.
 */
public abstract sealed class GoalReport permits Reading, SeriesReading {

    private final Goal goal;
    private final Report report;

    GoalReport(Goal goal, Report report) {
        this.goal = goal;
        this.report = report;
    }

    public Goal getGoal() {
        return goal;
    }

    public Report getReport() {
        return report;
    }

    public Target getTarget() {
        return goal.target();
    }

    public String getTargetId() {
        return goal.target().id();
    }

    /** How the target compares (以上, 以内 …). */
    public Comparator getComparator() {
        return goal.target().comparator();
    }

    public Measure getMeasure() {
        return goal.target().measure();
    }

    /** The goal's value (应达值), in the target's unit. */
    public double getRequired() {
        return goal.value();
    }

    /** The value reported (报告值), in the target's unit; null when the report gives only done / not done. */
    public Double getReported() {
        return report.value();
    }

    /** The report's date. */
    public LocalDate getAsOf() {
        return report.asOf();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getTargetId() + " " + report.asOf() + " " + report.value() + " / "
                + goal.value() + "]";
    }
}
