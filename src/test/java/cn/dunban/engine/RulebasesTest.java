package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules directory compiles once per content in a JVM: asking again for unchanged files gives the same
 * rulebase, an edit gives a new one, and a directory that does not compile reports its errors every time.
 */
class RulebasesTest {

    @TempDir
    Path rules;

    @Test
    void unchangedFilesAreNotCompiledAgainAndAnEditIs() throws IOException {
        ProbeRules.write(rules, "a/a.drl", ProbeRules.probe("a", "一"));
        Rulebase first = Rulebases.load(rules);
        assertThat(Rulebases.load(rules)).isSameAs(first);

        ProbeRules.write(rules, "a/a.drl", ProbeRules.probe("a", "二"));
        Rulebase edited = Rulebases.load(rules);
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.version()).isNotEqualTo(first.version()).isEqualTo(RulebaseLoader.fingerprint(rules));

        ProbeRules.write(rules, "a/a.drl", ProbeRules.probe("a", "一"));
        assertThat(Rulebases.load(rules)).as("the first content again: compiled before").isSameAs(first);
    }

    @Test
    void aDirectoryThatDoesNotCompileIsNeverKept() throws IOException {
        ProbeRules.write(rules, "a/a.drl", "package a;\nrule \"坏\" when then x( end\n");
        assertThatThrownBy(() -> Rulebases.load(rules)).isInstanceOf(RulebaseException.class);
        assertThatThrownBy(() -> Rulebases.load(rules)).isInstanceOf(RulebaseException.class);
    }
}
