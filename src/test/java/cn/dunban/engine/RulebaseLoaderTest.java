package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.scenarios.RuleCopies;

class RulebaseLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedRulesCompileWithTheirParameters() {
        Rulebase rb = Rulebases.load(Path.of("rules")); // compiled once for the whole suite
        assertThat(rb.files()).contains("pace/pace.drl", "targets/shortfall.drl");
        assertThat(rb.parameters()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("pace.tolerance");
            assertThat(p.value()).isEqualTo(10.0);
            assertThat(p.source()).contains("发改办环资〔2021〕629号");
        });
        assertThat(rb.version()).hasSize(12).isEqualTo(RulebaseLoader.fingerprint(Path.of("rules")));
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedAsFileLineColumnAndNothingIsBuilt() throws IOException {
        Path rules = copyOfShippedRules();
        Path pace = rules.resolve("pace/pace.drl");
        String broken = Files.readString(pace).replace("reported != null, reported <", "reported != null, << reported <");
        assertThat(broken).contains("<<");
        Files.writeString(pace, broken);
        int line = lineOf(broken, "<<");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).isNotEmpty().allSatisfy(err -> assertThat(err.file()).endsWith("pace/pace.drl"));
        assertThat(e.errors().get(0).line()).isEqualTo(line);
        assertThat(e.errors().get(0).column()).isPositive();
        assertThat(e.errors().get(0).toString()).matches(".*pace/pace\\.drl:" + line + ":\\d+: rule-compile: .*");
    }

    @Test
    void aBrokenParameterFileIsLocatedAndAParameterWithoutSourceIsRefused() throws IOException {
        Path rules = copyOfShippedRules();
        Files.writeString(rules.resolve("pace/params.json"), "{\n  \"parameters\": [\n    {\"name\": \"pace.tolerance\", \"value\": }\n  ]\n}");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).endsWith("pace/params.json");
            assertThat(err.line()).isEqualTo(3);
        });
        Files.writeString(rules.resolve("pace/params.json"), "{\"parameters\": [{\"name\": \"pace.tolerance\", \"value\": 10}]}");
        assertThat(catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules)).getMessage())
                .contains("缺少 source");
    }

    @Test
    void aDirectoryWithoutRulesIsAnErrorNotAnEmptyRulebase() {
        assertThat(catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(tmp)).getMessage())
                .contains("没有 .drl");
    }

    private Path copyOfShippedRules() throws IOException {
        return RuleCopies.copy(Path.of("rules"), tmp.resolve("rules"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
