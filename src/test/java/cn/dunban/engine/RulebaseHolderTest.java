package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.vocabulary.CheckDate;

/** A reload swaps in a rulebase only if it compiles; otherwise the running one stays and the errors are kept. */
class RulebaseHolderTest {

    static final Catalog EMPTY = new Catalog(List.of(), List.of());

    @TempDir
    Path rules;

    static String probe(String pkg, String message) {
        return ProbeRules.probe(pkg, message);
    }

    static void write(Path dir, String rel, String text) throws IOException {
        ProbeRules.write(dir, rel, text);
    }

    static List<String> messages(Checker checker) {
        return checker.check(Facts.empty(), LocalDate.of(2023, 9, 30)).findings().stream().map(Finding::getMessage)
                .sorted().toList();
    }

    @Test
    void startsOnlyOnARulebaseThatCompiles() throws IOException {
        write(rules, "a/a.drl", "package a;\nrule \"坏\" when then x( end\n");
        assertThatThrownBy(() -> new RulebaseHolder(rules, EMPTY)).isInstanceOf(RulebaseException.class);
    }

    @Test
    void swapsInAChangeThatCompiles() throws IOException {
        write(rules, "a/a.drl", probe("a", "一"));
        RulebaseHolder holder = new RulebaseHolder(rules, EMPTY);
        Checker before = holder.checker();
        write(rules, "b/b.drl", probe("b", "二"));

        RulebaseHolder.Reload r = holder.reload("test");

        assertThat(r.ok()).isTrue();
        assertThat(r.swapped()).isTrue();
        assertThat(r.version()).isNotEqualTo(r.previousVersion());
        assertThat(messages(holder.checker())).containsExactly("一", "二");
        assertThat(messages(before)).as("a check that took the old checker finishes on it").containsExactly("一");
        assertThat(holder.status().version()).isEqualTo(r.version());
        assertThat(holder.status().lastReload()).isEqualTo(r);
    }

    @Test
    void keepsTheRunningRulebaseWhenTheChangeDoesNotCompile() throws IOException {
        write(rules, "a/a.drl", probe("a", "一"));
        RulebaseHolder holder = new RulebaseHolder(rules, EMPTY);
        String version = holder.status().version();
        write(rules, "b/b.drl", probe("b", "二"));
        write(rules, "c/c.drl", "package c;\n\nrule \"坏\"\nwhen\n    CheckDate( date < )\nthen\nend\n");

        RulebaseHolder.Reload r = holder.reload("test");

        assertThat(r.ok()).isFalse();
        assertThat(r.swapped()).isFalse();
        assertThat(r.version()).isEqualTo(version);
        assertThat(r.errors()).isNotEmpty();
        assertThat(r.errors().get(0).file()).endsWith("c/c.drl");
        assertThat(r.errors().get(0).line()).isEqualTo(5);
        assertThat(messages(holder.checker())).as("not even the good new file is half-applied").containsExactly("一");
        assertThat(holder.status().version()).isEqualTo(version);
        assertThat(holder.status().lastReload().errors()).isEqualTo(r.errors());

        Files.delete(rules.resolve("c/c.drl"));
        RulebaseHolder.Reload fixed = holder.reload("test");
        assertThat(fixed.ok()).isTrue();
        assertThat(holder.status().lastReload().errors()).isEmpty();
        assertThat(messages(holder.checker())).containsExactly("一", "二");
    }

    /** A rule that compiles, and throws as soon as it fires. */
    static final String THROWS = """
            package boom;
            import cn.dunban.vocabulary.CheckDate;

            rule "会出错的规则"
                @id("boom")
            when
                CheckDate()
            then
                String nothing = null;
                nothing.length();
            end
            """;

    @Test
    void refusesARulebaseWhoseRuleThrowsOnTheTrialFacts() throws IOException {
        write(rules, "a/a.drl", probe("a", "一"));
        Path facts = Files.writeString(rules.getParent().resolve("trial-" + rules.getFileName() + ".json"),
                "{\"asOf\": \"2023-09-30\"}");
        RulebaseHolder holder = new RulebaseHolder(rules, EMPTY, Trial.facts(List.of(facts)));
        String version = holder.status().version();
        write(rules, "boom/boom.drl", THROWS);

        RulebaseHolder.Reload r = holder.reload("test");

        assertThat(r.swapped()).isFalse();
        assertThat(r.version()).isEqualTo(version);
        assertThat(r.changes()).containsExactly("+ boom/boom.drl");
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().get(0).file()).endsWith("boom/boom.drl");
        assertThat(r.errors().get(0).line()).isEqualTo(4);
        assertThat(r.errors().get(0).message()).contains("会出错的规则").contains("boom");
        assertThat(messages(holder.checker())).containsExactly("一");
        assertThat(holder.history()).hasSize(2);
        assertThat(holder.history().get(0)).isEqualTo(r);
        assertThat(holder.lastErrors()).isEqualTo(r.errors());
    }

    @Test
    void aRuleThatThrowsAtCheckTimeWithdrawsItsRulebaseAndTheCheckAnswersOnTheOneBefore() throws IOException {
        write(rules, "a/a.drl", probe("a", "一"));
        RulebaseHolder holder = new RulebaseHolder(rules, EMPTY);
        String good = holder.status().version();
        write(rules, "boom/boom.drl", THROWS);
        assertThat(holder.reload("test").swapped()).as("without a trial it goes live").isTrue();

        var report = holder.check(Facts.empty(), LocalDate.of(2023, 9, 30));

        assertThat(report.rulebase()).isEqualTo(good);
        assertThat(report.findings()).extracting(Finding::getMessage).containsExactly("一");
        assertThat(holder.status().version()).isEqualTo(good);
        assertThat(holder.status().lastReload().trigger()).isEqualTo("check-failure");
        assertThat(holder.status().lastReload().errors().get(0).message()).contains("会出错的规则");
    }

    @Test
    void aRuleThatThrowsOnTheOnlyRulebaseIsNamedInTheError() throws IOException {
        write(rules, "boom/boom.drl", THROWS);
        RulebaseHolder holder = new RulebaseHolder(rules, EMPTY);

        assertThatThrownBy(() -> holder.check(Facts.empty(), LocalDate.of(2023, 9, 30)))
                .isInstanceOf(RulebaseException.class)
                .hasMessageContaining("boom/boom.drl:4:1")
                .hasMessageContaining("规则“会出错的规则”（boom）运行时出错");
    }
}
