package cn.dunban.catalog;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One quantitative or dated commitment of a document (docs/catalog.md).
 * {@code value} is null when the value is set elsewhere (省定, 下达): it then arrives as an assignment.
 * {@code valueMax} is only set for {@link Comparator#RANGE}.
 * {@code per} names the parts the commitment holds in, each on its own ("每个县（市、区）打造1条" → 县（市、区）);
 * a report on such a target gives the value of the part that has done least, which decides whether the
 * commitment holds. {@code alternative} is a second branch that also meets the commitment, in the document's
 * words ("未达到5%则全部保障用地"); a report that says done ({@code done: true}) meets it through that branch.
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
        List<String> leadLeaders,
        @JsonInclude(JsonInclude.Include.NON_NULL) String per,
        @JsonInclude(JsonInclude.Include.NON_NULL) String alternative) {

    /** A target that holds for the whole jurisdiction and has one way to be met. */
    public Target(String id, String document, int task, String taskTitle, String jurisdiction, int year, String text,
            String indicator, Comparator comparator, Double value, Double valueMax, String unit, Measure measure,
            LocalDate deadline, Strength strength, List<String> leadUnits, List<String> participatingUnits,
            List<String> leadLeaders) {
        this(id, document, task, taskTitle, jurisdiction, year, text, indicator, comparator, value, valueMax, unit,
                measure, deadline, strength, leadUnits, participatingUnits, leadLeaders, null, null);
    }

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

    /** Whether the commitment holds in each of several parts (per county, per zone), not once overall. */
    public boolean perPart() {
        return per != null;
    }

    /** Whether a report that says done meets the commitment through the document's second branch. */
    public boolean hasAlternative() {
        return alternative != null;
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
