package cn.dunban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import cn.dunban.engine.ProbeRules;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Report;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;

/**
 * The correctness guard of the benchmark: on a generated city, dunban's rules and the plain-Java
 * baseline find the same — in one session, partitioned by city on two threads, and in a warm session
 * after batches of new reports — compared by severity, rule and subject, on a copy of the rules whose
 * messages policy staff have reworded and to which they have added a rule. Timing is the benchmark's
 * business, not this test's.
 */
class BaselineIdentityTest {

    private static ProvinceGenerator generator;
    private static Province province;
    private static Rulebase rulebase;
    private static Baseline baseline;
    private static FindingsReport expected;
    private static FindingsReport oneSession;
    private static ProvinceRules rules;

    /** Put into every message the rules write with a full-width comma, right after the comma. */
    static final String REWORDED = "（改写）";
    /** The rule a policy office adds to the rules copy, which no baseline family knows. */
    static final String ADDED_RULE = "新增规则";

    @BeforeAll
    static void generate() throws IOException {
        generator = new ProvinceGenerator(CatalogReader.builtIn());
        province = generator.generate(Size.SMALL, 7);
        rules = ProvinceRules.prepare(Path.of("rules"), province);
        // As policy staff would: messages reworded and a rule added, no Java touched. Every identity below
        // holds on these rules, so the baseline compares decisions, not wording, and tolerates new rules.
        assertThat(rewordMessages(rules.dir())).as("rule files with a message to reword").isPositive();
        ProbeRules.write(rules.dir(), "targets/added.drl", ProbeRules.probe("targets", ADDED_RULE));
        rulebase = Rulebases.load(rules.dir());
        baseline = new Baseline(rulebase);
        expected = baseline.check(province.catalog(), province.facts(), province.asOf());
        oneSession = new Checker(rulebase, province.catalog()).check(province.facts(), province.asOf());
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
        FindingsReport dunban = oneSession;
        assertIdentical(dunban, expected);
    }

    @Test
    void aRewordedMessageAndAnAddedRuleLeaveTheIdentityTrue() {
        FindingsReport dunban = oneSession;
        assertThat(dunban.findings()).as("the reworded messages are the ones the rules now write")
                .anySatisfy(f -> assertThat(f.getMessage()).contains(REWORDED));
        assertThat(expected.findings()).noneSatisfy(f -> assertThat(f.getMessage()).contains(REWORDED));

        Identity.Result result = Identity.compare(dunban.findings(), expected.findings());
        assertThat(result.identical()).as(String.join("\n", result.describe(5))).isTrue();
        assertThat(result.notCovered()).containsOnlyKeys(ADDED_RULE);
        assertThat(result.describe(5)).anySatisfy(line -> assertThat(line).contains(ADDED_RULE).contains("not covered"));
    }

    @Test
    void aDecisionTheBaselineDoesNotMakeIsADifference() {
        FindingsReport dunban = oneSession;
        Finding first = dunban.findings().stream().filter(f -> !f.getRule().equals(ADDED_RULE)).findFirst().orElseThrow();
        List<Finding> fewer = dunban.findings().stream().filter(f -> f != first).toList();
        Identity.Result result = Identity.compare(fewer, expected.findings());
        assertThat(result.identical()).isFalse();
        assertThat(result.describe(5)).anySatisfy(line -> assertThat(line).startsWith("    only baseline: ")
                .contains(first.getRule()).contains(first.getSubject()));
    }

    @Test
    void sessionsPerCityOnTwoThreadsFindTheSame() {
        // two cities of the province, so that there are two groups; each city with its counties and zones
        List<Jurisdiction> twoCities = ProvinceGenerator.jurisdictions(Size.MEDIUM).stream()
                .filter(j -> j.city().equals("济宁市") || j.city().equals("菏泽市")).toList();
        Province two = generator.generate(Size.MEDIUM, twoCities, 7);
        try (ProvinceRules twoRules = ProvinceRules.prepare(Path.of("rules"), two)) {
            Rulebase rb = Rulebases.load(twoRules.dir());
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

    /**
     * Rewords, in every {@code .drl} and {@code .dslr} file under {@code dir}, each string literal that reads as
     * a sentence (it holds a full-width comma) by inserting {@link #REWORDED} after its first comma; comment
     * lines are left alone. Returns how many files changed.
     */
    static int rewordMessages(Path dir) throws IOException {
        Pattern sentence = Pattern.compile("\"([^\"\n]*?，)([^\"\n]*)\"");
        int changed = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".dslr")).toList()) {
                String text = Files.readString(f);
                StringBuilder out = new StringBuilder();
                for (String line : text.split("\n", -1)) {
                    boolean comment = line.stripLeading().startsWith("//");
                    out.append(comment ? line : sentence.matcher(line).replaceAll(
                            m -> Matcher.quoteReplacement("\"" + m.group(1) + REWORDED + m.group(2) + "\""))).append('\n');
                }
                String reworded = out.substring(0, out.length() - 1);
                if (!reworded.equals(text)) {
                    Files.writeString(f, reworded);
                    changed++;
                }
            }
        }
        return changed;
    }

    private static void assertIdentical(FindingsReport dunban, FindingsReport plain) {
        Identity.Result result = Identity.compare(dunban.findings(), plain.findings());
        assertThat(result.identical()).as(String.join("\n", result.describe(5))).isTrue();
    }
}
