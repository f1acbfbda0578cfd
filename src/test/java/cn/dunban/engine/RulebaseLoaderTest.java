package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.input.InputError;
import cn.dunban.scenarios.RuleCopies;

class RulebaseLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedRulesCompileWithTheirParameters() {
        Rulebase rb = Rulebases.load(Path.of("rules")); // compiled once for the whole suite
        assertThat(rb.files()).contains("common.dsl", "pace/pace.dslr", "targets/shortfall.dslr");
        assertThat(rb.parameters()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("pace.tolerance");
            assertThat(p.value()).isEqualTo(10.0);
            assertThat(p.source()).contains("发改办环资〔2021〕629号");
        });
        assertThat(rb.version()).hasSize(12).isEqualTo(RulebaseLoader.fingerprint(Path.of("rules")));
    }

    @Test
    void aSyntaxErrorIsReportedAsFileLineColumnAndNothingIsBuilt() throws IOException {
        Path rules = copyOfShippedRules();
        Path pace = rules.resolve("pace/pace.dsl");
        String broken = Files.readString(pace).replace("reported != null, reported <", "reported != null, << reported <");
        assertThat(broken).contains("<<");
        Files.writeString(pace, broken);
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).isNotEmpty();
        assertThat(e.errors().get(0).line()).isPositive();
        assertThat(e.errors().get(0).column()).isPositive();
        assertThat(e.errors().get(0).code()).isEqualTo(RuleErrors.SYNTAX);
        assertThat(e.errors().get(0).toString()).matches(".*pace/pace\\.dslr?:\\d+:\\d+: rule-syntax: .*");
    }

    @Test
    void aMistypedFieldInARuleFileIsNamedInChineseWithTheFieldsThatExistAtItsLineAndColumn() throws IOException {
        Path rules = copyOfShippedRules();
        String drl = """
                // 规则族：底线目标 —— 测试
                package floor;
                import cn.dunban.vocabulary.SeriesReading;

                rule "测试：字段写错"
                    @id("typo")
                    // 测试
                when
                    SeriesReading( reportd < 3 )
                then
                end
                """;
        Files.writeString(rules.resolve("floor/typo.drl"), drl);
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).endsWith("floor/typo.drl");
            assertThat(err.line()).isEqualTo(9);
            assertThat(err.column()).isEqualTo(20);
            assertThat(err.code()).isEqualTo(RuleErrors.COMPILE);
            assertThat(err.field()).isEmpty();
            assertThat(err.message()).startsWith("未知字段“reportd”（SeriesReading 可用字段：")
                    .contains("reported").contains("required").doesNotContain("strict-mode");
        });
    }

    @Test
    void aMistypedFieldInTheVocabularyIsPlacedInTheDslAndNamesTheRuleFileThatUsesIt() throws IOException {
        Path rules = copyOfShippedRules();
        Path dsl = rules.resolve("targets/targets.dsl");
        String text = Files.readString(dsl);
        Files.writeString(dsl, text.replace("reported != null, reported < required\n", "reported != null, reportd < required\n"));
        int line = lineOf(Files.readString(dsl), "reportd");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).isNotEmpty().allSatisfy(err -> {
            assertThat(err.file()).endsWith("targets/targets.dsl");
            assertThat(err.line()).isEqualTo(line);
            assertThat(err.message()).contains("未知字段“reportd”").contains("targets/shortfall.dslr");
        });
    }

    @Test
    void aSentenceThatMatchesNoVocabularyEntryListsTheClosestOnes() throws IOException {
        Path rules = copyOfShippedRules();
        Path dslr = rules.resolve("pace/pace.dslr");
        String text = Files.readString(dslr).replace("    - 尚未到期", "    - 尚末到期");
        Files.writeString(dslr, text);
        int line = lineOf(text, "尚末到期");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).endsWith("pace/pace.dslr");
            assertThat(err.line()).isEqualTo(line);
            assertThat(err.column()).isEqualTo(5);
            assertThat(err.code()).isEqualTo(RuleErrors.UNKNOWN_SENTENCE);
            assertThat(err.message()).contains("句子“- 尚末到期”不在用语（.dsl）中；最接近的句子：“- 尚未到期”（")
                    .contains("pace/pace.dsl:");
        });
    }

    @Test
    void aBrokenParameterFileIsLocatedAndAParameterWithoutSourceIsRefused() throws IOException {
        Path rules = tmp.resolve("rules"); // one small rule beside the data file: the data file is what is tested
        ProbeRules.write(rules, "pace/probe.drl", ProbeRules.probe("pace", "一"));
        Files.writeString(rules.resolve("pace/params.json"), "{\n  \"parameters\": [\n    {\"name\": \"pace.tolerance\", \"value\": }\n  ]\n}");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).endsWith("pace/params.json");
            assertThat(err.line()).isEqualTo(3);
            assertThat(err.code()).isEqualTo(RuleErrors.PARAMS);
            assertThat(err.message()).contains("JSON 写法有误");
        });
        Files.writeString(rules.resolve("pace/params.json"),
                "{\"parameters\": [\n  {\"name\": \"pace.tolerance\", \"value\": 10},\n  {\"name\": \"pace.other\", \"value\": \"十\", \"source\": \"x\"}\n]}");
        RulebaseException refused = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(refused.errors()).extracting(InputError::toString).containsExactly(
                rules.resolve("pace/params.json") + ":2:12: parameters[0].source: params-json: 参数 pace.tolerance 缺少 source（出处）",
                rules.resolve("pace/params.json") + ":3:35: parameters[1].value: params-json: 参数 pace.other 的 value 应为数字或列表，写的是 \"十\"");
    }

    @Test
    void fullWidthPunctuationInAVocabularyIsAVocabularyErrorAtItsColumn() throws IOException {
        Path rules = tmp.resolve("rules");
        ProbeRules.write(rules, "pace/probe.drl", ProbeRules.probe("pace", "一"));
        ProbeRules.write(rules, "pace/pace.dsl", "# 用语\n[when]检查日，已到=CheckDate()\n");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo(RuleErrors.VOCABULARY);
            assertThat(err.toString()).startsWith(rules.resolve("pace/pace.dsl") + ":2:10: rule-vocabulary: 用语中不能有全角标点“，”");
        });
    }

    @Test
    void aMappingEntryWithoutReasonNamesTheFieldAtFault() throws IOException {
        Path rules = tmp.resolve("rules");
        ProbeRules.write(rules, "cascade/probe.drl", ProbeRules.probe("cascade", "一"));
        ProbeRules.write(rules, "cascade/mapping.json",
                "{\"links\": [\n  {\"lower\": \"A-1\", \"parent\": \"B-1\", \"kind\": \"标准\"}\n]}");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).extracting(InputError::toString).containsExactly(rules.resolve("cascade/mapping.json")
                + ":2:13: links[0].reason: mapping-json: 第 1 条对应（A-1）缺少 reason（对应理由）");
    }

    @Test
    void aDirectoryWithoutRulesIsAnErrorNotAnEmptyRulebase() {
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(tmp));
        assertThat(e.getMessage()).isEqualTo("1 处规则错误:\n" + tmp + ": rules-directory: 规则目录中没有 .drl 或 .dslr 规则文件");
    }

    private Path copyOfShippedRules() throws IOException {
        return RuleCopies.copy(Path.of("rules"), tmp.resolve("rules"));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
