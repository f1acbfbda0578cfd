package cn.dunban.facts;

import java.time.LocalDate;

/**
 * A unit's progress report on one target, resolved and converted: {@code value} is in the target's unit.
 * {@code latest} marks the report that counts at the check date (the latest at or before it), so that
 * rules join on it directly; every report stays in working memory for the floor rules.
 */
public record Report(String target, LocalDate asOf, Double value, String unit, Double reportedValue,
        String reportedUnit, Boolean done, String reporter, boolean latest) {

    public Report asLatest(boolean isLatest) {
        return new Report(target, asOf, value, unit, reportedValue, reportedUnit, done, reporter, isLatest);
    }

    /**
     * Whether the report says the target is done; false also when it does not say. Not named
     * {@code isDone}: Drools would read that bean getter for {@code done} in rules, and a report that
     * gives only a value would then match {@code done == false}.
     */
    public boolean saysDone() {
        return Boolean.TRUE.equals(done);
    }
}
