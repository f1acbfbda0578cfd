package cn.dunban.vocabulary;

import java.time.LocalDate;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Report;

/**
 * A target's numbers on the status board, from its goal and the report that counts:
 * {@code progress} (完成率) = reported ÷ goal, in %; {@code expected} (序时进度) = the share of the goal due by
 * the check date, in % — the elapsed share of the year for a cumulative target before its deadline, 100 for
 * a level, a rate or a target past its deadline (a growth-rate target is compared with the rate itself);
 * {@code behind} = how far the report falls short of the pro-rata goal, in % of the goal (negative when
 * ahead), the measure of the NDRC 晴雨表 (发改办环资〔2021〕629号). For an upper limit (以内, 不满) "short"
 * means over the pro-rata limit. {@code due}: the deadline has come (期限已到) — the goal itself is then what
 * counts, and whether a miss is a violation or a warning is the findings' verdict, not the pace bands'.
 */
public record Progress(Target target, Goal goal, Report report, double progress, double expected, double behind,
        boolean due) {

    public static Progress of(Goal goal, Report report, LocalDate asOf) {
        Target t = goal.target();
        double required = goal.value();
        double reported = report.value();
        double share = t.measure() == Measure.CUMULATIVE ? RuleFunctions.elapsedShare(t, asOf) : 1;
        double due = required * share;
        boolean limit = t.comparator() == Comparator.LE || t.comparator() == Comparator.LT;
        double shortBy = limit ? reported - due : due - reported;
        double scale = Math.abs(required);
        return new Progress(t, goal, report, RuleFunctions.round(reported / required * 100, 1),
                RuleFunctions.round(share * 100, 1), RuleFunctions.round(shortBy / scale * 100, 4),
                !t.deadline().isAfter(asOf));
    }

    public String getTargetId() {
        return target.id();
    }

    public double getBehind() {
        return behind;
    }

    public boolean isDue() {
        return due;
    }
}
