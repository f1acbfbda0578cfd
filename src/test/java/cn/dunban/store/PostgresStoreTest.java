package cn.dunban.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The storage contract on PostgreSQL, in a schema of its own. Skipped when no PostgreSQL answers at
 * {@code DUNBAN_TEST_PG_URL} (default {@code jdbc:postgresql://localhost:5432/dunban_test}); run
 * {@code eval "$(.ci/postgres.sh)"} first to have one.
 */
class PostgresStoreTest extends StoreContract {

    @Override
    TestDatabase open() {
        assumeTrue(TestDatabase.postgresReachable(), "no PostgreSQL at " + TestDatabase.PG_URL + " — skipped");
        return TestDatabase.postgres();
    }
}
