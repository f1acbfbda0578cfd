package cn.dunban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
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
    private static ProvinceRules rules;

    @BeforeAll
    static void generate() {
        generator = new ProvinceGenerator(CatalogReader.builtIn());
        province = generator.generate(Size.SMALL, 7);
        rules = ProvinceRules.prepare(Path.of("rules"), province);
        rulebase = RulebaseLoader.load(rules.dir());
        baseline = new Baseline(rulebase);
        expected = baseline.check(province.catalog(), province.facts(), province.asOf());
    }

    @AfterAll
    static void removeRulesCopy() {
        rules.close();
    }

    @Test
    void theGeneratorIsDeterministicAndSpreadsOutcomes() {
        Province again = generator.generate(Size.SMALL, 7);
        assertThat(again.facts().reports()).isEqualTo(province.facts().reports());
        assertThat(again.facts().projects()).isEqualTo(province.facts().projects());
        assertThat(expected.summary()).allSatisfy((severity, n) -> assertThat(n).as(severity.name()).isPositive());
        // every rule family has something to say about a generated city, so the identity below means something —
        // but cascade: it compares two plans of the check's own year (2025), and a generated county's 2025 plan is
        // a copy of its city's (equal, never looser); its 2023 links are closed by then. Its identity with the
        // baseline on findings it does make is checked in CascadeBaselineTest.
        Map<String, Long> perFamily = new java.util.TreeMap<>();
        Map<String, String> familyOf = Baseline.familyOfRule();
        expected.findings().forEach(f -> perFamily.merge(familyOf.get(f.getRule()), 1L, Long::sum));
        java.util.Set<String> families = new java.util.HashSet<>(familyOf.values());
        families.remove("cascade");
        assertThat(perFamily.keySet()).containsAll(families);
    }

    @Test
    void oneSessionFindsWhatTheBaselineFinds() {
        FindingsReport dunban = new Checker(rulebase, province.catalog()).check(province.facts(), province.asOf());
        assertIdentical(dunban, expected);
    }

    @Test
    void sessionsPerCityOnTwoThreadsFindTheSame() {
        // two cities of the province, so that there are two groups; each city with its counties and zones
        List<Jurisdiction> twoCities = ProvinceGenerator.jurisdictions(Size.MEDIUM).stream()
                .filter(j -> j.city().equals("济宁市") || j.city().equals("菏泽市")).toList();
        Province two = generator.generate(Size.MEDIUM, twoCities, 7);
        try (ProvinceRules twoRules = ProvinceRules.prepare(Path.of("rules"), two)) {
            Rulebase rb = RulebaseLoader.load(twoRules.dir());
            FindingsReport dunban = new Checker(rb, two.catalog(), Partitioning.byGroup(two.cityOf(), 2))
                    .check(two.facts(), two.asOf());
            assertIdentical(dunban, new Baseline(rb).check(two.catalog(), two.facts(), two.asOf()));
        }
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

    @Test
    void aSessionOpenedEarlierAndAdvancedToTheCheckDateFindsTheSame() {
        // opened at the end of June: later reports wait; moving the date takes them in and re-judges deadlines and pace
        try (CheckSession session = CheckSession.open(rulebase, province.catalog(), province.facts(),
                java.time.LocalDate.of(2025, 6, 30), Partitioning.byGroup(province.cityOf(), 2))) {
            assertIdentical(session.findings(), baseline.check(province.catalog(), province.facts(),
                    java.time.LocalDate.of(2025, 6, 30)));
            CheckSession.Update update = session.advanceTo(province.asOf());
            assertThat(update.reports()).isPositive();
            assertIdentical(session.findings(), expected);
        }
    }

    private static void assertIdentical(FindingsReport dunban, FindingsReport plain) {
        Identity.Result result = Identity.compare(dunban.findings(), plain.findings());
        assertThat(result.identical()).as(String.join("\n", result.describe(5))).isTrue();
    }
}
