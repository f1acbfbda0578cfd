package cn.dunban.store;

import java.time.Instant;

/** A warning kept with a stored report that was stored although it looks implausible. */
public record ReportWarning(long id, long reportId, String target, String code, String message, Instant createdAt) {
}
