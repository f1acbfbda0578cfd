package cn.dunban.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports units have submitted, append-only. A batch is stored in one transaction, so after a
 * crash each of its reports is either there or not, all alike. A report for a target and date that
 * already has one becomes the next version; the earlier versions stay. Versions are counted per
 * target and date and reserved before the batch's transaction ({@link VersionCounter}), so writers to
 * the same targets, in one instance or several, do not wait for each other's batches.
 */
@Repository
public class ReportStore {

    private static final String SELECT = """
            SELECT id, target, as_of, version, report_value, report_unit, done, reporter, batch_id,
                   submitted_by, submitted_at,
                   LEAD(id) OVER (PARTITION BY target, as_of ORDER BY version) AS superseded_by
            FROM report""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Durability durability;
    private final VersionCounter versions;

    public ReportStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.tx = tx;
        this.clock = clock;
        this.durability = new Durability(jdbc);
        this.versions = new VersionCounter(jdbc, tx);
    }

    /**
     * Stores the reports as one batch, in their order; returns them as stored, with their versions.
     * The versions are reserved first ({@link VersionCounter}), so the batch's transaction inserts rows
     * no other writer inserts and waits for none.
     */
    public Batch append(List<NewReport> reports, String submittedBy) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("empty batch");
        }
        int[] assigned = reserve(reports);
        String batch = UUID.randomUUID().toString();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Batch stored = tx.execute(status -> insert(batch, reports, assigned, submittedBy, at));
        durability.flush();
        return stored;
    }

    /** The version each report of a batch will be stored as, reserved in a transaction of its own ({@link VersionCounter}). */
    int[] reserve(List<NewReport> reports) {
        Map<VersionCounter.Key, Integer> counts = new HashMap<>();
        for (NewReport r : reports) {
            counts.merge(new VersionCounter.Key(r.target(), r.asOf()), 1, Integer::sum);
        }
        Map<VersionCounter.Key, Integer> next = new HashMap<>(versions.reserve(counts));
        int[] assigned = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            NewReport r = reports.get(i);
            assigned[i] = next.merge(new VersionCounter.Key(r.target(), r.asOf()), 1, Integer::sum) - 1;
        }
        return assigned;
    }

    /** Inserts a batch with reserved versions, inside the caller's transaction. */
    Batch insert(String batch, List<NewReport> reports, int[] versions, String who, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        long seq = nextSequence(jdbc);
        jdbc.batchUpdate("""
                INSERT INTO report (target, as_of, version, report_value, report_unit, done, reporter, submitted,
                                    batch_id, submitted_by, submitted_at, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                NewReport r = reports.get(i);
                ps.setString(1, r.target());
                ps.setObject(2, r.asOf());
                ps.setInt(3, versions[i]);
                if (r.value() == null) {
                    ps.setNull(4, Types.DOUBLE);
                } else {
                    ps.setDouble(4, r.value());
                }
                ps.setString(5, r.unit());
                if (r.done() == null) {
                    ps.setNull(6, Types.BOOLEAN);
                } else {
                    ps.setBoolean(6, r.done());
                }
                ps.setString(7, r.reporter());
                ps.setString(8, r.submitted());
                ps.setString(9, batch);
                ps.setString(10, who);
                ps.setObject(11, when);
                ps.setLong(12, seq);
            }

            @Override
            public int getBatchSize() {
                return reports.size();
            }
        });
        List<StoredReport> stored = client.sql(SELECT + " WHERE batch_id = ? ORDER BY id")
                .param(batch).query(ReportStore::row).list();
        // LEAD over the batch alone knows nothing of other batches: within one batch, a later row for the
        // same target and date supersedes an earlier one. A batch committed meanwhile with higher versions
        // of the same keys supersedes these rows too; the history shows it.
        return new Batch(batch, who, at, supersession(stored));
    }

    /**
     * The next number of the facts sequence (migration V4), taken inside the storing transaction: the counter's
     * row stays locked until the transaction ends, so batches commit in the order of their numbers and a
     * reader that has seen number n has seen every batch before it.
     */
    public static long nextSequence(JdbcTemplate jdbc) {
        jdbc.update("UPDATE fact_sequence SET seq = seq + 1 WHERE name = 'facts'");
        return jdbc.queryForObject("SELECT seq FROM fact_sequence WHERE name = 'facts'", Long.class);
    }

    /** The number of the last batch of facts committed. */
    public long latestSequence() {
        return client.sql("SELECT seq FROM fact_sequence WHERE name = 'facts'").query(Long.class).single();
    }

    /** Stored rows after sequence number {@code after}, in the order they were stored, and the number they reach. */
    public record Since(long through, List<StoredReport> rows) {
    }

    /**
     * Every row stored after sequence number {@code after} (0: all), oldest first; {@code supersededBy} is not
     * filled in (a later row for the same target and date supersedes an earlier one).
     */
    public Since since(long after) {
        return since(after, latestSequence());
    }

    /**
     * As {@link #since(long)}, up to sequence number {@code upTo}, read from {@link #latestSequence}: every batch up
     * to it has committed (batches commit in the order of their numbers), so reading reports and other facts
     * ({@link FactStore#since}) up to one such number sees one state of the store.
     */
    public Since since(long after, long upTo) {
        List<StoredReport> rows = new ArrayList<>();
        client.sql("""
                SELECT id, target, as_of, version, report_value, report_unit, done, reporter, batch_id, submitted_by,
                       submitted_at, CAST(NULL AS BIGINT) AS superseded_by, seq
                FROM report WHERE seq > ? AND seq <= ? ORDER BY seq, id""").params(after, upTo)
                .query(rs -> {
                    rows.add(row(rs, 0));
                });
        return new Since(Math.max(after, upTo), rows);
    }

    /** Every current version of every report on {@code target} (the highest version per date), by date. */
    public List<StoredReport> current(String target, long through) {
        return client.sql("SELECT * FROM (" + SELECT + " WHERE target = ? AND seq <= ?) r WHERE superseded_by IS NULL "
                + "ORDER BY as_of").param(target).param(through).query(ReportStore::row).list();
    }

    private static List<StoredReport> supersession(List<StoredReport> rows) {
        Map<String, StoredReport> newer = new HashMap<>();
        List<StoredReport> out = new ArrayList<>(rows.size());
        for (int i = rows.size() - 1; i >= 0; i--) {
            StoredReport r = rows.get(i);
            StoredReport n = newer.put(key(r.target(), r.asOf()), r);
            out.add(0, n == null ? r : withSupersededBy(r, n.id()));
        }
        return out;
    }

    private static StoredReport withSupersededBy(StoredReport r, long id) {
        return new StoredReport(r.id(), r.target(), r.asOf(), r.version(), r.value(), r.unit(), r.done(), r.reporter(),
                r.batch(), r.submittedBy(), r.submittedAt(), id);
    }

    /** Every version of every report on a target, by date and version. */
    public List<StoredReport> history(String target) {
        return client.sql(SELECT + " WHERE target = ? ORDER BY as_of, version").param(target)
                .query(ReportStore::row).list();
    }

    /** The latest {@code limit} stored rows, newest first, of the given targets (all if null). */
    public List<StoredReport> recent(Collection<String> targets, int limit) {
        if (targets != null && targets.isEmpty()) {
            return List.of();
        }
        String where = targets == null ? "" : " WHERE target IN (:targets)";
        var spec = client.sql("SELECT * FROM (" + SELECT + where + ") r ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit);
        if (targets != null) {
            spec = spec.param("targets", targets);
        }
        return spec.query(ReportStore::row).list();
    }

    /** The version that counts of every report dated on or before {@code date}, by target and date. */
    public List<StoredReport> currentAsOf(LocalDate date) {
        return client.sql("SELECT * FROM (" + SELECT + " WHERE as_of <= ?) r WHERE superseded_by IS NULL "
                + "ORDER BY target, as_of").param(date).query(ReportStore::row).list();
    }

    /**
     * As {@link #currentAsOf(LocalDate)}, but as the store stood when sequence number {@code through} was the
     * last: what a check that had caught up to {@code through} read.
     */
    public List<StoredReport> currentAsOf(LocalDate date, long through) {
        return client.sql("SELECT * FROM (" + SELECT + " WHERE as_of <= ? AND seq <= ?) r WHERE superseded_by IS NULL "
                + "ORDER BY target, as_of").param(date).param(through).query(ReportStore::row).list();
    }

    public long count() {
        return client.sql("SELECT COUNT(*) FROM report").query(Long.class).single();
    }

    private static StoredReport row(ResultSet rs, int n) throws SQLException {
        double v = rs.getDouble("report_value");
        Double value = rs.wasNull() ? null : v;
        boolean d = rs.getBoolean("done");
        Boolean done = rs.wasNull() ? null : d;
        long s = rs.getLong("superseded_by");
        Long supersededBy = rs.wasNull() ? null : s;
        return new StoredReport(rs.getLong("id"), rs.getString("target"), rs.getObject("as_of", LocalDate.class),
                rs.getInt("version"), value, rs.getString("report_unit"), done, rs.getString("reporter"),
                rs.getString("batch_id"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), supersededBy);
    }

    private static String key(String target, LocalDate asOf) {
        return target + "\u0000" + asOf;
    }
}
