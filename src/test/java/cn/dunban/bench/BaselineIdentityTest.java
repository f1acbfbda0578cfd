package cn.dunban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.dunban.bench.baseline.Baseline;
import cn.dunban.bench.baseline.Identity;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.CheckSession;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Partitioning;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseLoader;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Report;
import cn.dunban.findings.FindingsReport;

/**
 * The correctness guard of the benchmark: on a generated city, dunban's rules and the plain-Java
 * baseline find the same — in one session, partitioned by city on two threads, and in a warm session
 * after batches of new reports. Timing is the benchmark's business, not this test's.
 */
class BaselineIdentityTest {

    private static ProvinceGenerator generator;
    private static Province province;
    private static Rulebase rulebase;
    private static Baseline baseline;
    private static FindingsReport expected;

    @BeforeAll
    static void generate() {
        generator = new ProvinceGenerator(CatalogReader.builtIn());
        province = generator.generate(Size.SMALL, 7);
        rulebase = RulebaseLoader.load(Path.of("rules"));
        baseline = new Baseline(rulebase.parameters());
        expected = baseline.check(province.catalog(), province.facts(), province.asOf());
    }

    @Test
    void theGeneratorIsDeterministicAndSpreadsOutcomes() {
        Province again = generator.generate(Size.SMALL, 7);
        assertThat(again.facts().reports()).isEqualTo(province.facts().reports());
        assertThat(again.facts().projects()).isEqualTo(province.facts().projects());
        assertThat(expected.summary()).allSatisfy((severity, n) -> assertThat(n).as(severity.name()).isPositive());
    }

    @Test
    void oneSessionFindsWhatTheBaselineFinds() {
        FindingsReport dunban = new Checker(rulebase, province.catalog()).check(province.facts(), province.asOf());
        assertIdentical(dunban, expected);
    }

    @Test
    void sessionsPerCityOnTwoThreadsFindTheSame() {
        Map<String, String> cityOf = new java.util.HashMap<>();
        // each county its own group here, to exercise many partitions on a small province
        province.jurisdictions().forEach(j -> cityOf.put(j.name(), j.name()));
        FindingsReport dunban = new Checker(rulebase, province.catalog(), Partitioning.byGroup(cityOf, 2))
                .check(province.facts(), province.asOf());
        assertIdentical(dunban, expected);
    }

    @Test
    void aWarmSessionStaysIdenticalAsBatchesArrive() {
        List<Report> all = new ArrayList<>(province.facts().reports());
        try (CheckSession session = CheckSession.open(rulebase, province.catalog(), province.facts(), province.asOf(),
                Partitioning.byGroup(province.cityOf(), 2))) {
            assertIdentical(session.findings(), expected);
            for (int i = 0; i < 3; i++) {
                List<Report> batch = generator.batch(province, 100 + i, 500);
                all.addAll(batch);
                CheckSession.Update update = session.addReports(batch);
                assertThat(update.reports()).isEqualTo(500);
                Facts after = new Facts(province.asOf(), all, province.facts().assignments(), province.facts().projects(),
                        province.facts().energy());
                assertIdentical(session.findings(), baseline.check(province.catalog(), after, province.asOf()));
            }
        }
    }

    private static void assertIdentical(FindingsReport dunban, FindingsReport plain) {
        Identity.Result result = Identity.compare(dunban.findings(), plain.findings());
        assertThat(result.identical()).as(String.join("\n", result.describe(5))).isTrue();
    }
}
