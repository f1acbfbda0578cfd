package cn.dunban.store;

import java.time.Instant;
import java.util.List;

/** Reports stored together, in one transaction: all of them or none. */
public record Batch(String id, String submittedBy, Instant submittedAt, List<StoredReport> reports) {
}
