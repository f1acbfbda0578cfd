package cn.dunban.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The history of checks: each run with its rulebase version, as-of date, facts and findings documents.
 * On H2 a record reaches the disk within a second of the check, not before the answer (see {@link #record}).
 */
@Repository
public class CheckRunStore {

    /** How a run's findings column refers to an earlier run's identical document (a findings document starts with {@code {\n  "asOf"}). */
    private static final String SAME_AS = "{\"sameAsCheck\":";
    private static final String COLUMNS = "id, ran_at, ran_by, as_of, rulebase, facts_source, summary";

    private final JdbcClient client;
    private final Clock clock;
    private final DatabaseProduct database;

    public CheckRunStore(JdbcTemplate jdbc, Clock clock) {
        this.database = new DatabaseProduct(jdbc);
        this.client = JdbcClient.create(jdbc);
        this.clock = clock;
    }

    /** Records a run; {@code facts} and {@code findings} are the JSON documents in and out. */
    public CheckRun record(String ranBy, LocalDate asOf, String rulebase, String factsSource, String summary,
            String facts, String findings) {
        return insert(ranBy, asOf, rulebase, factsSource, summary, facts, "?", findings);
    }

    /**
     * As {@link #record(String, LocalDate, String, String, String, String, String)}, with the findings document as
     * the UTF-8 bytes that were answered: handed to the database as they are and read as text there
     * ({@code convert_from} on PostgreSQL, {@code UTF8TOSTRING} on H2), instead of being decoded here into a String
     * the driver then encodes again — for a province's 16 MB document, some tens of milliseconds of every check
     * after a batch of reports.
     */
    public CheckRun record(String ranBy, LocalDate asOf, String rulebase, String factsSource, String summary,
            String facts, byte[] findingsUtf8) {
        return switch (database.name()) {
            case "PostgreSQL" -> insert(ranBy, asOf, rulebase, factsSource, summary, facts, "convert_from(?, 'UTF8')",
                    findingsUtf8);
            case "H2" -> insert(ranBy, asOf, rulebase, factsSource, summary, facts, "UTF8TOSTRING(?)", findingsUtf8);
            default -> record(ranBy, asOf, rulebase, factsSource, summary, facts,
                    new String(findingsUtf8, java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    /** The insert of both: {@code findingsValue} is the SQL that makes the findings column of its parameter. */
    private CheckRun insert(String ranBy, LocalDate asOf, String rulebase, String factsSource, String summary,
            String facts, String findingsValue, Object findings) {
        OffsetDateTime at = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        client.sql("INSERT INTO check_run (ran_at, ran_by, as_of, rulebase, facts_source, summary, facts, findings) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, " + findingsValue + ")")
                .params(at, ranBy, asOf, rulebase, factsSource, summary, facts, findings)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        // Not synced to disk before answering, unlike reports: a check's record can be made again from
        // the stored reports, and a disk sync per check capped H2 at a few dozen checks a second. H2
        // writes it out within a second by itself; a kill -9 inside that second loses the record only.
        return new CheckRun(id, at.toInstant(), ranBy, asOf, rulebase, factsSource, summary);
    }

    /**
     * Records a run whose findings document is, byte for byte, that of run {@code sameAs} (a warm check that found
     * nothing new): a reference is stored instead of another copy, and {@link #findings} follows it.
     */
    public CheckRun recordRepeat(String ranBy, LocalDate asOf, String rulebase, String factsSource, String summary,
            String facts, long sameAs) {
        return record(ranBy, asOf, rulebase, factsSource, summary, facts, SAME_AS + sameAs + "}");
    }

    /** The latest runs, newest first. */
    public List<CheckRun> recent(int limit) {
        return client.sql("SELECT " + COLUMNS + " FROM check_run ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit).query(CheckRunStore::row).list();
    }

    public Optional<CheckRun> find(long id) {
        return client.sql("SELECT " + COLUMNS + " FROM check_run WHERE id = ?").param(id).query(CheckRunStore::row)
                .optional();
    }

    /** The findings document (docs/findings.md) of a run, exactly as it was answered. */
    public Optional<String> findings(long id) {
        Optional<String> doc = client.sql("SELECT findings FROM check_run WHERE id = ?").param(id).query(String.class).optional();
        if (doc.isPresent() && doc.get().startsWith(SAME_AS)) {
            return findings(Long.parseLong(doc.get().substring(SAME_AS.length(), doc.get().length() - 1)));
        }
        return doc;
    }

    /** The facts document a run checked, so that it can be run again. */
    public Optional<String> facts(long id) {
        return client.sql("SELECT facts FROM check_run WHERE id = ?").param(id).query(String.class).optional();
    }

    private static CheckRun row(ResultSet rs, int n) throws SQLException {
        return new CheckRun(rs.getLong("id"), rs.getObject("ran_at", OffsetDateTime.class).toInstant(),
                rs.getString("ran_by"), rs.getObject("as_of", LocalDate.class), rs.getString("rulebase"),
                rs.getString("facts_source"), rs.getString("summary"));
    }
}
