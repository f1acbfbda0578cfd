package cn.dunban.store;

import org.junit.jupiter.api.io.TempDir;

/** {@link FactStoreContract} on H2. */
class H2FactStoreTest extends FactStoreContract {

    @TempDir
    static java.nio.file.Path dir;

    @Override
    TestDatabase open() {
        return TestDatabase.h2(dir);
    }
}
