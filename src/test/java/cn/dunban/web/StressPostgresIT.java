package cn.dunban.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stress run on PostgreSQL, in a schema of its own that is dropped afterwards; skipped when no
 * PostgreSQL answers at {@code DUNBAN_TEST_PG_URL} (see {@code .ci/postgres.sh}).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dunban.users=" + StressRun.USERS, "dunban.rules=rules", "dunban.rules-poll=0", "server.address=127.0.0.1",
        "logging.level.root=WARN"})
class StressPostgresIT extends StressRun {

    static final String URL = env("DUNBAN_TEST_PG_URL", "jdbc:postgresql://localhost:5432/dunban_test");
    static final String USER = env("DUNBAN_TEST_PG_USER", "dunban");
    static final String PASSWORD = env("DUNBAN_TEST_PG_PASSWORD", "dunban");
    static final String SCHEMA = "stress_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeAll
    static void reachable() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            assumeTrue(c.isValid(2));
        } catch (SQLException e) {
            assumeTrue(false, "no PostgreSQL at " + URL + " — skipped");
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void drop() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            // not reachable: nothing was created
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
