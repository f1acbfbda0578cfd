package cn.dunban.store;

/** {@link FactStoreContract} on PostgreSQL, skipped when none answers. */
class PostgresFactStoreTest extends FactStoreContract {

    @Override
    TestDatabase open() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgresReachable(), "no PostgreSQL — skipped");
        return TestDatabase.postgres();
    }
}
