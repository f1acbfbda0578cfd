package cn.dunban.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One quantitative or dated commitment of a document (contract §2).
 * {@code value} is null when the value is set elsewhere (省定, 下达): it then arrives as an assignment.
 * {@code valueMax} is only set for {@link Comparator#RANGE}.
 */
public record Target(
        String id,
        String document,
        int task,
        String taskTitle,
        String jurisdiction,
        int year,
        String text,
        String indicator,
        Comparator comparator,
        Double value,
        Double valueMax,
        String unit,
        Measure measure,
        LocalDate deadline,
        Strength strength,
        List<String> leadUnits,
        List<String> participatingUnits,
        List<String> leadLeaders) {

    public Target {
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        participatingUnits = participatingUnits == null ? List.of() : List.copyOf(participatingUnits);
        leadLeaders = leadLeaders == null ? List.of() : List.copyOf(leadLeaders);
        if (measure == null) {
            measure = (comparator == Comparator.MILESTONE || comparator == Comparator.ZERO) ? Measure.EVENT : Measure.LEVEL;
        }
        if (strength == null) {
            strength = Strength.PLAIN;
        }
    }

    /** The period over which a cumulative target's pace is measured starts on 1 January of its year. */
    public LocalDate periodStart() {
        return LocalDate.of(year, 1, 1);
    }

    public boolean hasValue() {
        return value != null;
    }

    /**
     * The id's hash (equality still compares every field): the rules engine hashes a target for each
     * goal, shortfall and finding derived from it, and a province has tens of thousands.
     */
    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
