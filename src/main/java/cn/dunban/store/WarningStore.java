package cn.dunban.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warnings on stored reports, for the officer: append-only, like the reports they speak of. */
@Repository
public class WarningStore {

    /** A warning to keep with the stored report {@code reportId}. */
    public record NewWarning(long reportId, String target, String code, String message) {
    }

    private static final String COLUMNS = "id, report_id, target, code, message, created_at";

    private final JdbcClient client;
    private final Clock clock;
    private final Durability durability;

    public WarningStore(JdbcTemplate jdbc, Clock clock) {
        this.client = JdbcClient.create(jdbc);
        this.clock = clock;
        this.durability = new Durability(jdbc);
    }

    public List<ReportWarning> add(List<NewWarning> warnings) {
        if (warnings.isEmpty()) {
            return List.of();
        }
        OffsetDateTime at = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        List<ReportWarning> out = new ArrayList<>();
        for (NewWarning w : warnings) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            client.sql("INSERT INTO report_warning (report_id, target, code, message, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(w.reportId(), w.target(), w.code(), w.message(), at).update(keys, "id");
            out.add(new ReportWarning(keys.getKeyAs(Number.class).longValue(), w.reportId(), w.target(), w.code(),
                    w.message(), at.toInstant()));
        }
        durability.flush();
        return out;
    }

    /** The latest {@code limit} warnings on the given targets (all if null), newest first. */
    public List<ReportWarning> recent(Collection<String> targets, int limit) {
        if (targets != null && targets.isEmpty()) {
            return List.of();
        }
        String where = targets == null ? "" : " WHERE target IN (:targets)";
        var spec = client.sql("SELECT " + COLUMNS + " FROM report_warning" + where
                + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY").param("limit", limit);
        if (targets != null) {
            spec = spec.param("targets", targets);
        }
        return spec.query(WarningStore::row).list();
    }

    private static ReportWarning row(ResultSet rs, int n) throws SQLException {
        return new ReportWarning(rs.getLong("id"), rs.getLong("report_id"), rs.getString("target"), rs.getString("code"),
                rs.getString("message"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
