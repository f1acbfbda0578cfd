package cn.dunban.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored version of a report. {@code supersededBy} is the id of the next version for the same
 * target and date, or null for the version that counts.
 */
public record StoredReport(long id, String target, LocalDate asOf, int version, Double value, String unit,
        Boolean done, String reporter, String batch, String submittedBy, Instant submittedAt, Long supersededBy) {

    public boolean current() {
        return supersededBy == null;
    }
}
