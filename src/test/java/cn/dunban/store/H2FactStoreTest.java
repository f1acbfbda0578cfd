package cn.dunban.store;

/** {@link FactStoreContract} on H2. */
class H2FactStoreTest extends FactStoreContract {

    @TempDir
    static java.nio.file.Path dir;

    @Override
    TestDatabase open() {
        return TestDatabase.h2(dir);
    }
}
