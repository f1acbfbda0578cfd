package cn.dunban.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.dunban.cli.Cli;
import cn.dunban.scenarios.RuleCopies;

/**
 * The policy office's test loop guards its rules: a family's Chinese scenarios fail when that family's rule
 * files are emptied, and an edit to a threshold in a copy of {@code rules/} changes the outcome with no
 * rebuild. Both run exactly as {@code dunban test-rules --rules DIR --features FILE} does.
 */
class FamilyFeaturesTest {

    private static final Pattern TALLY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "清空 rules/{0}/ 的规则文件，features/{0}.feature 即不通过")
    @ValueSource(strings = {"lianggao", "chempark", "coverage", "energy", "cascade", "status"})
    void emptyingAFamilyFailsItsFeature(String family) throws IOException {
        Path rules = copyRules();
        try (Stream<Path> files = Files.list(rules.resolve(family))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".drl") || name.endsWith(".dsl") || name.endsWith(".dslr")) {
                    Files.write(f, new byte[0]);
                }
            }
        }
        Run run = testRules(rules, "features/" + family + ".feature");
        assertThat(run.status).as(run.output).isEqualTo(Cli.VIOLATIONS);
        assertThat(run.failed()).as(run.output).isPositive();
    }

    @Test
    void theUnchangedRulesPassTheFamilyFeatures() throws IOException {
        // rules/ itself, read only: compiled once for the whole test run (engine.Rulebases). One family's
        // scenarios show the passing path of test-rules; every scenario of features/ against rules/ is
        // RunCucumberTest's, which need not run twice.
        Run run = testRules(Path.of("rules"), "features/chempark.feature");
        assertThat(run.status).as(run.output).isEqualTo(Cli.OK);
        assertThat(run.failed()).isZero();
        assertThat(run.passed()).isPositive();
    }

    @Test
    void aThresholdEditedInACopyChangesTheOutcome() throws IOException {
        Path rules = copyRules();
        Path params = rules.resolve("lianggao/params.json");
        String text = Files.readString(params);
        assertThat(text).contains("\"焦化\": 1.25");
        Files.writeString(params, text.replace("\"焦化\": 1.25", "\"焦化\": 1.5"));
        Run run = testRules(rules, "features/lianggao.feature");
        assertThat(run.status).isEqualTo(Cli.VIOLATIONS);
        assertThat(run.output).contains("产能减量替代比例为1.25:1，低于应达的1.5:1");
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedWithItsPlace() throws IOException {
        Path rules = copyRules();
        Path dslr = rules.resolve("chempark/chempark.dslr");
        Files.writeString(dslr, Files.readString(dslr).replace("- 不在认定的化工园区内", "- 不在认定的化工园区内 ("));
        Run run = testRules(rules, "features/chempark.feature");
        assertThat(run.status).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errors).containsPattern("chempark/chempark\\.dslr:\\d+:\\d+: rule-syntax");
    }

    private Run testRules(Path rules, String features) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli().run(List.of("test-rules", "--rules", rules.toString(), "--features", features),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path copyRules() throws IOException {
        return RuleCopies.copy(Path.of("rules"), temp.resolve("rules"));
    }

    private record Run(int status, String output, String errors) {

        int passed() {
            return tally(1);
        }

        int failed() {
            return tally(2);
        }

        private int tally(int group) {
            Matcher m = TALLY.matcher(output);
            assertThat(m.find()).as("输出应以“N passed, M failed”结束：%n%s%n%s", output, errors).isTrue();
            return Integer.parseInt(m.group(group));
        }
    }
}
