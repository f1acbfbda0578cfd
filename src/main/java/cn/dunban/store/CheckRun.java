package cn.dunban.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A check the service ran. {@code factsSource} is {@code body} (facts sent with the request) or
 * {@code stored} (the stored reports as of {@code asOf}); {@code summary} is the findings' count per
 * severity as a JSON object.
 */
public record CheckRun(long id, Instant ranAt, String ranBy, LocalDate asOf, String rulebase, String factsSource,
        String summary) {
}
