package cn.dunban.web;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The stress run on the embedded H2 file database {@code serve} uses by default. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dunban.users=" + StressRun.USERS, "dunban.rules=rules", "dunban.rules-poll=0", "server.address=127.0.0.1",
        "logging.level.root=WARN"})
class StressH2IT extends StressRun {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("dunban.data", () -> data.toString());
    }
}
