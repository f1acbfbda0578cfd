package cn.dunban.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes a committed write survive the process being killed before the service answers. PostgreSQL
 * does this at commit. Embedded H2 does not: it writes committed changes to its file in the background,
 * and a {@code kill -9} shortly after a commit loses them, so after each committed write the store asks
 * H2 to write them out ({@code CHECKPOINT SYNC}) before the request is answered.
 */
final class Durability {

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    Durability(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call after a transaction has committed, before telling anyone it is stored. */
    void flush() {
        if (h2 == null) {
            h2 = "H2".equalsIgnoreCase(jdbc.execute(
                    (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        }
        if (h2) {
            jdbc.execute("CHECKPOINT SYNC");
        }
    }
}
