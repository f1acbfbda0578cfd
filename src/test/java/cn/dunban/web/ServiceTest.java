package cn.dunban.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service for a test class, on an H2 database of its own, driven through MockMvc. Every class
 * annotated with exactly this (and nothing else that shapes the context: no other properties, no
 * {@code @DynamicPropertySource}, no {@code @DirtiesContext}) shares one application context, so the
 * service starts once for the whole {@code mvn test} run instead of once per class.
 *
 * <p>The store is shared by those classes too: a test posts reports on targets no other test uses, or
 * compares counts with the count before it, never with zero.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "dunban.users=" + ServiceTest.USERS,
        "dunban.rules=rules",
        "dunban.rules-poll=0",
        "dunban.max-body=1MB",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ServiceTest.DataDirectory.class)
public @interface ServiceTest {

    /** The users every service test may sign in as: one of each role, and units of two cities (市发展改革委 in both). */
    String USERS = "officer:o-secret:OFFICER;policy:p-secret:POLICY;"
            + "kjj:k-secret:UNIT:市科技局@济宁市;zjj:z-secret:UNIT:市住房城乡建设局;"
            + "fgw:f-secret:UNIT:市发展改革委@济宁市;hzfgw:h-secret:UNIT:市发展改革委@菏泽市";

    /**
     * One data directory per test JVM, under {@code target/} so that {@code mvn clean} removes it: the
     * shared context outlives every test class, so no class's {@code @TempDir} may hold its database.
     */
    final class DataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static Path data;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("dunban.data=" + directory()).applyTo(context);
        }

        private static synchronized Path directory() {
            if (data == null) {
                try {
                    Path target = Files.createDirectories(Path.of("target"));
                    data = Files.createTempDirectory(target, "service-test-").toAbsolutePath(); // H2 wants it absolute
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return data;
        }
    }
}
