package cn.dunban.facts;

import java.time.LocalDate;

/**
 * A unit's progress report on one target, resolved and converted: {@code value} is in the target's unit,
 * {@code reportedValue} and {@code reportedUnit} as the unit wrote them. Which report counts at a check date is
 * the engine's reading ({@link ReportThatCounts}; in working memory, {@code vocabulary.CountingReport}).
 */
public record Report(String target, LocalDate asOf, Double value, String unit, Double reportedValue,
        String reportedUnit, Boolean done, String reporter) {

    /**
     * Whether the report says the target is done; false also when it does not say. Not named
     * {@code isDone}: Drools would read that bean getter for {@code done} in rules, and a report that
     * gives only a value would then match {@code done == false}.
     */
    public boolean saysDone() {
        return Boolean.TRUE.equals(done);
    }
}
