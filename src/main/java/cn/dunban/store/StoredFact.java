package cn.dunban.store;

import java.time.Instant;

/**
 * One stored version of a project, energy statistic or assignment, with who sent it and when; {@code seq} is the
 * number of its batch in the facts sequence (migration V5).
 */
public record StoredFact(long id, String kind, String key, int version, String body, String batch, String submittedBy,
        Instant submittedAt, long seq) {
}
