package cn.dunban.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out report versions per target and date from the {@code report_key} counters, each reservation
 * in a short transaction of its own that commits before the batch is inserted. So two writers never
 * insert the same (target, as_of, version), and a writer waits for another only for the milliseconds
 * of a reservation, not for the other's whole batch. Counters are taken in one order (target, then
 * date), so two reservations cannot wait on each other in a circle. A batch that fails after its
 * reservation leaves its versions unused: versions only ever increase, and may skip.
 */
final class VersionCounter {

    /** A target and date. */
    record Key(String target, LocalDate asOf) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = target.compareTo(o.target);
            return c != 0 ? c : asOf.compareTo(o.asOf);
        }
    }

    private static final int ATTEMPTS = 20;
    /** Bind parameters per statement stay far below PostgreSQL's 32,767. */
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate tx;

    VersionCounter(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.tx = tx;
    }

    /** Reserves {@code counts.get(key)} versions for each key; returns the first of each. */
    Map<Key, Integer> reserve(Map<Key, Integer> counts) {
        SortedMap<Key, Integer> sorted = new TreeMap<>(counts);
        ensureCounters(sorted.keySet());
        return tx.execute(status -> {
            List<Object[]> args = new ArrayList<>(sorted.size());
            sorted.forEach((k, n) -> args.add(new Object[] {n, k.target(), k.asOf()}));
            jdbc.batchUpdate("UPDATE report_key SET last_version = last_version + ? WHERE target = ? AND as_of = ?", args);
            Map<Key, Integer> last = lastVersions(sorted.keySet());
            Map<Key, Integer> first = new HashMap<>();
            sorted.forEach((k, n) -> first.put(k, last.get(k) - n + 1));
            return first;
        });
    }

    /**
     * Creates the counters that do not exist yet, at 0. Two writers creating the same new counter
     * collide on its key; the loser looks again and creates what is still missing.
     */
    private void ensureCounters(Set<Key> keys) {
        for (int attempt = 0; ; attempt++) {
            Set<Key> missing = new java.util.TreeSet<>(keys);
            missing.removeAll(lastVersions(keys).keySet());
            if (missing.isEmpty()) {
                return;
            }
            try {
                tx.executeWithoutResult(status -> {
                    List<Object[]> args = new ArrayList<>(missing.size());
                    missing.forEach(k -> args.add(new Object[] {k.target(), k.asOf()}));
                    jdbc.batchUpdate("INSERT INTO report_key (target, as_of, last_version) VALUES (?, ?, 0)", args);
                });
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Map<Key, Integer> lastVersions(Set<Key> keys) {
        Set<String> targets = new HashSet<>();
        keys.forEach(k -> targets.add(k.target()));
        List<String> all = new ArrayList<>(targets);
        Map<Key, Integer> out = new HashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            client.sql("SELECT target, as_of, last_version FROM report_key WHERE target IN (:targets)")
                    .param("targets", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .query(rs -> {
                        Key k = new Key(rs.getString("target"), rs.getObject("as_of", LocalDate.class));
                        if (keys.contains(k)) {
                            out.put(k, rs.getInt("last_version"));
                        }
                    });
        }
        return out;
    }
}
