package cn.dunban.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the embedded H2 file database that {@code serve} uses by default. */
class H2StoreTest extends StoreContract {

    @TempDir
    static Path dir;

    @Override
    TestDatabase open() {
        return TestDatabase.h2(dir);
    }
}
