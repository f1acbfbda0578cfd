package cn.dunban.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database a store writes to, as JDBC names it ({@code H2}, {@code PostgreSQL}): asked once, on first use. */
final class DatabaseProduct {

    private final JdbcTemplate jdbc;
    private volatile String name;

    DatabaseProduct(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String name() {
        String n = name;
        if (n == null) {
            n = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            name = n;
        }
        return n;
    }

    boolean isH2() {
        return "H2".equalsIgnoreCase(name());
    }
}
