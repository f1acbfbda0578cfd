package cn.dunban.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report to store, already checked against the catalog: {@code target} is a catalog id, and
 * {@code value} and {@code unit} are as the unit reported them (converted again at each check).
 * {@code submitted} is the report's JSON as it arrived, kept for the record.
 */
public record NewReport(String target, LocalDate asOf, Double value, String unit, Boolean done, String reporter,
        String submitted) {

    public NewReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(submitted, "submitted");
    }
}
