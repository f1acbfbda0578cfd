package cn.dunban.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A fresh, migrated database for one test class: an H2 file in a temporary directory, or a schema of
 * its own in the PostgreSQL test database ({@code DUNBAN_TEST_PG_URL}, {@code DUNBAN_TEST_PG_USER},
 * {@code DUNBAN_TEST_PG_PASSWORD}; defaults as {@code .ci/postgres.sh} sets them up), dropped afterwards.
 */
final class TestDatabase implements AutoCloseable {

    static final String PG_URL = env("DUNBAN_TEST_PG_URL", "jdbc:postgresql://localhost:5432/dunban_test");
    static final String PG_USER = env("DUNBAN_TEST_PG_USER", "dunban");
    static final String PG_PASSWORD = env("DUNBAN_TEST_PG_PASSWORD", "dunban");

    final HikariDataSource dataSource;
    private final Runnable cleanup;

    private TestDatabase(HikariDataSource dataSource, Runnable cleanup) {
        this.dataSource = dataSource;
        this.cleanup = cleanup;
    }

    static TestDatabase h2(Path dir) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath() + "/dunban;DB_CLOSE_ON_EXIT=FALSE");
        c.setMaximumPoolSize(8);
        HikariDataSource ds = new HikariDataSource(c);
        migrate(ds, null);
        return new TestDatabase(ds, () -> { });
    }

    /** Whether the PostgreSQL test database answers; the PostgreSQL tests are skipped when not. */
    static boolean postgresReachable() {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static TestDatabase postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        c.setUsername(PG_USER);
        c.setPassword(PG_PASSWORD);
        c.setMaximumPoolSize(8);
        HikariDataSource ds = new HikariDataSource(c);
        migrate(ds, schema);
        return new TestDatabase(ds, () -> {
            try (Connection conn = ds.getConnection()) {
                conn.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void migrate(HikariDataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations(migrations(ds));
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    /** The migrations as the service finds them (application.properties): the common ones, then the database's own. */
    static String[] migrations(HikariDataSource ds) {
        String vendor = ds.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }

    @Override
    public void close() {
        try {
            cleanup.run();
        } finally {
            dataSource.close();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
