package cn.dunban.store;

import java.time.Instant;
import java.util.List;

/** Facts stored together, in one transaction: all of them or none. */
public record FactBatch(String id, String submittedBy, Instant submittedAt, List<StoredFact> facts) {
}
