package cn.dunban.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission that brings reports and other facts at once (a facts document or ledger with both) stored whole
 * or not at all: the report batch and the fact batch are inserted in one transaction, so a failure between them
 * cannot leave the reports stored and the projects, energy statistics or assignments not. Each part keeps its
 * own batch id and versions as if stored alone ({@link ReportStore}, {@link FactStore}); when another writer took
 * a fact's next version first, the whole transaction runs again with the versions after it.
 */
@Repository
public class SubmissionStore {

    private static final int ATTEMPTS = 20;

    /** What one submission stored: its report batch and its fact batch. */
    public record Stored(Batch reports, FactBatch facts) {
    }

    private final ReportStore reports;
    private final FactStore facts;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Durability durability;

    public SubmissionStore(ReportStore reports, FactStore facts, JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.reports = reports;
        this.facts = facts;
        this.tx = tx;
        this.clock = clock;
        this.durability = new Durability(jdbc);
    }

    public Stored append(List<NewReport> newReports, List<NewFact> newFacts, String submittedBy) {
        if (newReports.isEmpty() || newFacts.isEmpty()) {
            throw new IllegalArgumentException("a submission of both kinds needs reports and other facts");
        }
        int[] versions = reports.reserve(newReports);
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String reportBatch = UUID.randomUUID().toString();
            String factBatch = UUID.randomUUID().toString();
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try {
                Stored stored = tx.execute(status -> new Stored(
                        reports.insert(reportBatch, newReports, versions, submittedBy, at),
                        facts.insert(factBatch, newFacts, submittedBy, at)));
                durability.flush();
                return stored;
            } catch (DuplicateKeyException e) {
                last = e; // a fact's version taken meanwhile; the reserved report versions stay ours
                FactStore.backOff(attempt);
            }
        }
        throw last;
    }
}
