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
import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.vocabulary.TargetLink;
import cn.dunban.facts.Replacement;

/**
 * The data policy staff keep beside the rules, checked as {@link RuleHygieneTest} checks the rules: an
 * unconfirmed threshold says so in its source, each control clause is verbatim from its document and sits
 * in the task it names, each cascade link joins a lower plan's target to an existing parent target with a
 * reason, and every target or dimension a parameter names exists.
 */
class RuleDataTest {

    private static final Path RULES = Path.of("rules");
    private static final Rulebase RULEBASE = Rulebases.load(RULES);
    private static final Catalog CATALOG = CatalogReader.builtIn();

    @Test
    void everyUnconfirmedThresholdSaysSo() {
        assertThat(RULEBASE.parameters()).isNotEmpty();
        for (Parameter p : RULEBASE.parameters()) {
            if ("U".equals(p.status())) {
                assertThat(p.source()).as(p.name() + " 未经确认，出处中应写明“未经确认”").contains("未经确认");
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

    private static String seed(String code) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(code + "-")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(f)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
