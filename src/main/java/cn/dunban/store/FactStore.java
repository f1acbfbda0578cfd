package cn.dunban.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects, energy statistics and assignments officers have submitted, append-only and versioned as
 * reports are ({@link ReportStore}): a batch in one transaction; a fact under a key that already has one
 * becomes the next version; two instances storing the same key at once collide on the unique key and the
 * loser stores its whole batch again with the next free versions. A batch takes the next number of the facts
 * sequence, as a report batch does ({@link ReportStore#nextSequence}), so that warm check sessions catch up with
 * stored facts of every kind in the order they were committed.
 */
@Repository
public class FactStore {

    private static final int ATTEMPTS = 20;
    private static final String COLUMNS = "id, kind, fact_key, version, body, batch_id, submitted_by, submitted_at, seq";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Durability durability;

    public FactStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.tx = tx;
        this.clock = clock;
        this.durability = new Durability(jdbc);
    }

    /** Stores the facts as one batch, in their order; returns them as stored, with their versions. */
    public FactBatch append(List<NewFact> facts, String submittedBy) {
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("empty batch");
        }
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String batch = UUID.randomUUID().toString();
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try {
                FactBatch stored = tx.execute(status -> insert(batch, facts, submittedBy, at));
                durability.flush();
                return stored;
            } catch (DuplicateKeyException e) {
                last = e;
                backOff(attempt);
            }
        }
        throw last;
    }

    /** A randomised pause before storing again after a collision, longer with each attempt. */
    static void backOff(int attempt) {
        try {
            Thread.sleep(5L + (long) (Math.random() * 20 * (attempt + 1)));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** Inserts a batch with the next free versions, inside the caller's transaction. */
    FactBatch insert(String batch, List<NewFact> facts, String who, Instant at) {
        Map<String, Integer> next = new HashMap<>();
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        long seq = ReportStore.nextSequence(jdbc);
        for (NewFact f : facts) {
            String k = f.kind() + "\u0000" + f.key();
            Integer version = next.get(k);
            if (version == null) {
                version = client.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM fact WHERE kind = ? AND fact_key = ?")
                        .params(f.kind(), f.key()).query(Integer.class).single();
            }
            next.put(k, version + 1);
            jdbc.update("""
                    INSERT INTO fact (kind, fact_key, version, body, batch_id, submitted_by, submitted_at, seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", f.kind(), f.key(), version, f.body(), batch, who, when, seq);
        }
        List<StoredFact> stored = client.sql("SELECT " + COLUMNS + " FROM fact WHERE batch_id = ? ORDER BY id")
                .param(batch).query(FactStore::row).list();
        return new FactBatch(batch, who, at, stored);
    }

    /** The version that counts of every fact (the highest of its kind and key), oldest key first. */
    public List<StoredFact> current() {
        return client.sql("SELECT " + COLUMNS + " FROM fact f WHERE version = "
                + "(SELECT MAX(version) FROM fact g WHERE g.kind = f.kind AND g.fact_key = f.fact_key) ORDER BY id")
                .query(FactStore::row).list();
    }

    /**
     * The version that counts of every fact as the store stood when sequence number {@code through} was the last:
     * what a check that had read up to {@code through} read.
     */
    public List<StoredFact> current(long through) {
        return client.sql("SELECT " + COLUMNS + " FROM fact f WHERE seq <= ? AND version = (SELECT MAX(version) FROM fact g "
                + "WHERE g.kind = f.kind AND g.fact_key = f.fact_key AND g.seq <= ?) ORDER BY id")
                .params(through, through).query(FactStore::row).list();
    }

    /**
     * Every row stored with a sequence number above {@code after} and up to {@code upTo}, in the order stored: what a
     * warm session that has read up to {@code after} has not seen yet, up to a number read from
     * {@link ReportStore#latestSequence} (every batch up to it has committed).
     */
    public List<StoredFact> since(long after, long upTo) {
        return client.sql("SELECT " + COLUMNS + " FROM fact WHERE seq > ? AND seq <= ? ORDER BY seq, id")
                .params(after, upTo).query(FactStore::row).list();
    }

    /** Every version of one fact, oldest first. */
    public List<StoredFact> history(String kind, String key) {
        return client.sql("SELECT " + COLUMNS + " FROM fact WHERE kind = ? AND fact_key = ? ORDER BY version")
                .params(kind, key).query(FactStore::row).list();
    }

    /** The latest {@code limit} stored rows, newest first. */
    public List<StoredFact> recent(int limit) {
        return client.sql("SELECT " + COLUMNS + " FROM fact ORDER BY id DESC FETCH FIRST ? ROWS ONLY").param(limit)
                .query(FactStore::row).list();
    }

    private static StoredFact row(ResultSet rs, int n) throws SQLException {
        return new StoredFact(rs.getLong("id"), rs.getString("kind"), rs.getString("fact_key"), rs.getInt("version"),
                rs.getString("body"), rs.getString("batch_id"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getLong("seq"));
    }
}
