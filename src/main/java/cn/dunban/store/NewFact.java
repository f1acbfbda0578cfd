package cn.dunban.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project, energy statistic or assignment to store, already read and checked: {@code kind} is
 * {@code project}, {@code energy} or {@code assignment}; {@code key} names it among its kind (a new fact
 * under the same key is a new version); {@code body} is its JSON as submitted.
 */
public record NewFact(String kind, String key, String body) {

    public static final String PROJECT = "project";
    public static final String ENERGY = "energy";
    public static final String ASSIGNMENT = "assignment";

    public NewFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
    }

    /** The key of energy statistics: one fact per jurisdiction, year and period (全年, or 1—9月 …). */
    public static String energyKey(String jurisdiction, int year, LocalDate periodEnd) {
        return jurisdiction + "|" + year + "|" + periodEnd;
    }

    /** The end of the period an energy statistics key names. */
    public static LocalDate periodEnd(String energyKey) {
        return LocalDate.parse(energyKey.substring(energyKey.lastIndexOf('|') + 1));
    }
}
