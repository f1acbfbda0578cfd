package cn.dunban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Quantities;
import cn.dunban.engine.Clause;
import cn.dunban.engine.Parameter;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.RulebaseLoader;
import cn.dunban.engine.TargetLink;
import cn.dunban.facts.Replacement;

/**
 * What review of {@code rules/} would otherwise ask every time: each rule file opens with its source, each
 * rule carries the id findings print, each threshold cites a source and says whether it is confirmed, each
 * family has its Chinese scenarios, each control clause is verbatim from its document, and each target
 * named in the rules exists in the catalog.
 */
class RulesHygieneTest {

    private static final Path RULES = Path.of("rules");
    private static final Rulebase RULEBASE = RulebaseLoader.load(RULES);
    private static final Catalog CATALOG = CatalogReader.builtIn();

    @Test
    void everyRuleFileOpensWithItsSource() throws IOException {
        for (Path f : ruleFiles()) {
            String first = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
            assertThat(first).as(f + " 第一行应写明规则族与依据（// 规则族：…）").startsWith("// 规则族：");
        }
    }

    @Test
    void everyRuleHasTheIdFindingsPrint() throws IOException {
        Pattern rule = Pattern.compile("(?m)^rule \"([^\"]+)\"\\s*\\n\\s*@id\\(\"[a-z0-9-]+\"\\)");
        Pattern anyRule = Pattern.compile("(?m)^rule \"([^\"]+)\"");
        for (Path f : ruleFiles()) {
            String text = Files.readString(f);
            Matcher all = anyRule.matcher(text);
            while (all.find()) {
                String name = all.group(1);
                assertThat(rule.matcher(text).results().anyMatch(r -> r.group(1).equals(name)))
                        .as("%s 的规则“%s”应紧接着写 @id(\"…\")", f, name).isTrue();
            }
        }
    }

    @Test
    void everyParameterCitesItsSourceAndSaysWhetherItIsConfirmed() {
        assertThat(RULEBASE.parameters()).isNotEmpty();
        for (Parameter p : RULEBASE.parameters()) {
            assertThat(p.source()).as(p.name() + " 的出处").isNotBlank();
            assertThat(p.status()).as(p.name() + " 的核实情况（C/P/U）").isIn("C", "P", "U");
            if ("U".equals(p.status())) {
                assertThat(p.source()).as(p.name() + " 未经确认，出处中应写明“未经确认”").contains("未经确认");
            }
        }
    }

    @Test
    void everyFamilyHasItsChineseScenarios() throws IOException {
        try (Stream<Path> dirs = Files.list(RULES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Path feature = Path.of("features", dir.getFileName() + ".feature");
                assertThat(feature).as("规则族 " + dir.getFileName() + " 应有场景文件").exists();
                assertThat(Files.readString(feature)).startsWith("# language: zh-CN");
            }
        }
    }

    @Test
    void everyControlClauseIsVerbatimFromItsDocument() throws IOException {
        assertThat(RULEBASE.clauses()).isNotEmpty();
        for (Clause c : RULEBASE.clauses()) {
            String seed = Quantities.squeeze(seed(c.document()));
            assertThat(seed).as(c.id() + " 的原文应逐字出自 " + c.document()).contains(Quantities.squeeze(c.text()));
            assertThat(seed).as(c.id() + " 应在 " + c.document() + " 第" + c.task() + "项")
                    .containsPattern("(^|[^0-9])" + c.task() + "[.．、]" + Pattern.quote(
                            Quantities.squeeze(c.taskTitle() == null ? "" : c.taskTitle())));
            assertThat(CATALOG.document(c.document())).as(c.id() + " 的文件").isPresent();
            assertThat(CATALOG.document(c.document()).get().jurisdiction()).as(c.id() + " 的地区应为文件的地区")
                    .isEqualTo(c.jurisdiction());
            assertThat(CATALOG.document(c.document()).get().year()).as(c.id() + " 的年度").isEqualTo(c.year());
        }
    }

    @Test
    void everyCascadeLinkJoinsTwoTargetsOfDifferentLevels() {
        assertThat(RULEBASE.links()).isNotEmpty();
        Set<String> lowerDocuments = Set.of("JNETDZ2023", "YZ2025");
        for (TargetLink l : RULEBASE.links()) {
            assertThat(CATALOG.target(l.lower())).as("下级目标 " + l.lower()).isPresent();
            assertThat(CATALOG.target(l.parent())).as("上级目标 " + l.parent()).isPresent();
            assertThat(CATALOG.target(l.lower()).get().document()).isIn(lowerDocuments);
            assertThat(CATALOG.target(l.parent()).get().document()).isIn("JN2023", "JN2024");
            assertThat(l.reason()).as(l.lower() + " 的对应理由").isNotBlank();
        }
    }

    @Test
    void everyTargetNamedInAParameterExists() {
        for (Parameter p : RULEBASE.parameters()) {
            if (p.name().endsWith("Targets")) {
                for (String id : p.values()) {
                    assertThat(CATALOG.target(id)).as(p.name() + " 中的 " + id).isPresent();
                }
            }
        }
    }

    @Test
    void everyReplacementRatioIsOneOfTheFiveDimensions() {
        for (Parameter p : RULEBASE.parameters()) {
            if (p.name().startsWith("lianggao.ratio.")) {
                assertThat(p.name().substring("lianggao.ratio.".length())).as(p.name())
                        .isIn(Replacement.DIMENSIONS);
            }
        }
    }

    private static List<Path> ruleFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(RULES)) {
            walk.filter(p -> p.toString().endsWith(".drl") || p.toString().endsWith(".dslr")).sorted().forEach(out::add);
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static String seed(String code) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(code + "-")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(f)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
