package cn.dunban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The storage contract on PostgreSQL, in a schema of its own. Skipped when no PostgreSQL answers at
 * {@code DUNBAN_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/dunban_test}); run
 * {@code eval "$(.ci/postgres.sh)"} first to have one.
 */
class PostgresStoreTest extends StoreContract {

    private TestDatabase db;

    @Override
    TestDatabase open() {
        assumeTrue(TestDatabase.postgresReachable(), "no PostgreSQL at " + TestDatabase.PG_URL + " — skipped");
        db = TestDatabase.postgres();
        return db;
    }

    /** A province's findings document is 16 MB per recorded check: compressed with lz4, or at least kept out of line. */
    @Test
    void recordedDocumentsAreCompressedWithLz4() {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource);
        String method = jdbc.queryForObject("""
                SELECT CASE WHEN attcompression = 'l' THEN 'lz4' ELSE 'storage ' || attstorage::text END FROM pg_attribute
                WHERE attrelid = 'check_run'::regclass AND attname = 'findings'""", String.class);
        assertThat(method).isIn("lz4", "storage e");
    }
}
