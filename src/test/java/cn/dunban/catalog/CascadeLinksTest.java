package cn.dunban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseException;
import cn.dunban.engine.RulebaseLoader;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;
import cn.dunban.vocabulary.TargetLink;

/**
 * Cascade links (rules/cascade/mapping.json) join like with like: two targets of the same year, of one
 * dimension, each link saying whether the parent's value is a standard for every part or an average.
 * A check never compares a 2025 target with a 2024 one, even if a link said so, and the findings are
 * plan consistency (目标衔接, 提示), not pace.
 */
class CascadeLinksTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();

    @Test
    void everyLinkJoinsTwoTargetsOfTheSameYearAndDimensionAndSaysItsKind() {
        Rulebase rules = Rulebases.load(Path.of("rules")); // compiled once for the whole test run
        assertThat(rules.links()).isNotEmpty();
        for (TargetLink l : rules.links()) {
            Target lower = CATALOG.target(l.lower()).orElseThrow();
            Target parent = CATALOG.target(l.parent()).orElseThrow();
            assertThat(lower.year()).as(l.lower() + " 与 " + l.parent() + " 应为同一年度").isEqualTo(parent.year());
            assertThat(TargetLink.KINDS).as(l.lower()).contains(l.kind());
            if (lower.unit() != null && parent.unit() != null) {
                assertThat(Units.parse(lower.unit()).orElseThrow().dimension()).as(l.lower())
                        .isEqualTo(Units.parse(parent.unit()).orElseThrow().dimension());
            }
        }
    }

    @Test
    void aCheckAtTheEndOf2025ComparesNo2025TargetWithA2024One(@TempDir Path dir) throws IOException {
        // even a link that pairs them (as the mapping once did) yields nothing: the rule compares one year only
        Path rules = copyRules(dir);
        String mapping = Files.readString(rules.resolve("cascade/mapping.json"), StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("cascade/mapping.json"), mapping.replace("\"links\": [",
                "\"links\": [{\"lower\": \"YZ2025-0-2\", \"parent\": \"JN2024-0-3\", \"kind\": \"平均\", "
                        + "\"reason\": \"测试：不同年度\"},"), StandardCharsets.UTF_8);
        List<Finding> findings = check(rules, "{\"reports\": [{\"target\": \"YZ2025-0-2\", \"asOf\": \"2025-12-31\","
                + " \"value\": 1, \"unit\": \"%\"}]}", LocalDate.of(2025, 12, 31));
        assertThat(findings).filteredOn(f -> f.getSubjectType() == SubjectType.CASCADE).isEmpty();
        assertThat(check(Path.of("rules"), "{}", LocalDate.of(2025, 12, 31)))
                .filteredOn(f -> f.getSubjectType() == SubjectType.CASCADE).isEmpty();
    }

    @Test
    void aLooserLowerTargetIsAPlanConsistencyNoticeInItsYearOnly() {
        List<Finding> in2023 = check(Path.of("rules"), "{}", LocalDate.of(2023, 6, 30));
        assertThat(in2023).filteredOn(f -> f.getSubjectType() == SubjectType.CASCADE)
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
                    assertThat(f.getMessage()).startsWith("目标衔接：");
                });
        assertThat(check(Path.of("rules"), "{}", LocalDate.of(2024, 6, 30)))
                .filteredOn(f -> f.getSubjectType() == SubjectType.CASCADE).isEmpty();
    }

    @Test
    void aLinkWithoutAKindOrForATotalIsRefused(@TempDir Path dir) throws IOException {
        Path rules = copyRules(dir);
        String mapping = Files.readString(rules.resolve("cascade/mapping.json"), StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("cascade/mapping.json"), mapping.replaceFirst("\"kind\": \"平均\"",
                "\"kind\": \"总量\""), StandardCharsets.UTF_8);
        try {
            RulebaseLoader.load(rules);
            throw new AssertionError("应拒绝 kind 为“总量”的对应关系");
        } catch (RulebaseException e) {
            assertThat(e.getMessage()).contains("mapping.json").contains("总量不可比");
        }
    }

    private static List<Finding> check(Path rules, String facts, LocalDate asOf) {
        return new Checker(Rulebases.load(rules), CATALOG) // rules/ itself compiles once; a copy, once per content
                .check(new FactsReader(CATALOG).read(facts.getBytes(StandardCharsets.UTF_8), "facts.json"), asOf)
                .findings();
    }

    private static Path copyRules(Path dir) throws IOException {
        Path src = Path.of("rules");
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }
}
