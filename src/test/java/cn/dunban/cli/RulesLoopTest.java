package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dunban.scenarios.RuleCopies;

/**
 * A policy officer's loop on a copy of the rules: validate-rules says what it found in its own heading,
 * test-rules says 预期/实际 for a failed scenario and which rules no scenario fires, diff-rules previews
 * what an edit changes on real facts, matched by rule and subject.
 */
class RulesLoopTest {

    @TempDir
    Path tmp;

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    private String stdout() {
        return cli.out();
    }

    private Path copy() throws IOException {
        return RuleCopies.copy(Path.of("rules"), tmp.resolve("rules"));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void diffRulesListsWhatAnEditChangesAndNothingForAnUnchangedCopy() throws IOException {
        Path rules = copy();
        assertThat(run("diff-rules", "--rules", rules.toString(), "--facts", "samples/midyear-2023-09.json")).isZero();
        assertThat(stdout()).contains("新增 0 条，撤销 0 条，改变 0 条问题；0 个目标的灯改变");

        edit(rules.resolve("floor/floor.dslr"), "记为违规并附报告值和应达值\"{指标}在{报告日期}为{报告值}{单位}，未守住应保持的",
                "记为预警并附报告值和应达值\"{指标}在{报告日期}为{报告值}{单位}，低于应保持的");
        edit(rules.resolve("pace/params.json"), "\"value\": 10,", "\"value\": 5,");
        assertThat(run("diff-rules", "--rules", rules.toString(), "--against", "rules", "--facts",
                "samples/midyear-2023-09.json")).isEqualTo(Cli.VIOLATIONS);
        assertThat(stdout())
                .contains("~ floor-broken JN2023-60-3：违规 → 预警；说明 “能繁母猪存栏在2023-06-30为16.1万头，未守住应保持的16.38万头”"
                        + " → “能繁母猪存栏在2023-06-30为16.1万头，低于应保持的16.38万头”")
                .contains("~ behind-pace JN2023-1-2：证据 tolerance 0.1 → 0.05")
                .containsPattern("新增 0 条，撤销 0 条，改变 3 条问题；\\d+ 个目标的灯改变");
    }

    @Test
    void diffRulesShowsAFindingARuleAddsAndARuleRemoves() throws IOException {
        Path rules = copy();
        // the chemical-park rule removed, a copy of the missing-report rule under another id added
        edit(rules.resolve("chempark/chempark.dslr"), "    @id(\"chempark-outside-park\")", "    @id(\"chempark-outside-park\")\n    enabled false");
        edit(rules.resolve("reporting/reporting.dslr"), "end\n", """
                end

                rule "到期目标仍未报送（示例）"
                    @id("missing-report-again")
                    // 示例：与 missing-report 条件相同。
                when
                    有一个要报送的目标
                    它没有任何报告
                    它的完成情况也没有由统计数据算出
                    检查日已到它的期限
                then
                    记为未报送"{指标}已于{期限}到期，截至{检查日}仍未报送"
                end
                """);
        assertThat(run("diff-rules", "--rules", rules.toString(), "--facts", "samples/controls-2025.json"))
                .as(cli.err()).isEqualTo(Cli.VIOLATIONS);
        assertThat(stdout()).containsPattern("(?m)^\\+ 未报送 missing-report-again \\S+：.*仍未报送$")
                .containsPattern("(?m)^- 违规 chempark-outside-park \\S+：")
                .doesNotContain("~ ");
    }

    @Test
    void validateRulesSaysWhatItFoundAndWhere() throws IOException {
        Path rules = copy();
        edit(rules.resolve("pace/pace.dslr"), "    - 尚未到期", "    - 尚末到期");
        assertThat(run("validate-rules", "--rules", rules.toString())).isEqualTo(Cli.BAD_INPUT);
        String errors = cli.err();
        assertThat(errors).startsWith("规则校验发现 1 处错误：")
                .containsPattern("pace/pace\\.dslr:\\d+:5: rule-unknown-sentence: 句子“- 尚末到期”不在用语（\\.dsl）中；最接近的句子：“- 尚未到期”");
    }

    @Test
    void aFailedScenarioSaysWhatWasExpectedAndWhatCameOutAndCoverageNamesRulesNoScenarioFires() throws IOException {
        Path rules = copy();
        edit(rules.resolve("floor/floor.dslr"), "记为违规并附报告值和应达值\"{指标}在{报告日期}为{报告值}{单位}，未守住应保持的",
                "记为预警并附报告值和应达值\"{指标}在{报告日期}为{报告值}{单位}，未守住应保持的");
        assertThat(run("test-rules", "--rules", rules.toString(), "--features", "features/floor.feature", "--coverage"))
                .isEqualTo(Cli.VIOLATIONS);
        assertThat(stdout())
                .contains("预期：违规 JN2023-60-3 floor-broken 说明包含“2023-06-30为16.1万头”")
                .contains("实际：1 条", "预警 JN2023-60-3 floor-broken 能繁母猪存栏在2023-06-30为16.1万头，未守住应保持的16.38万头")
                .doesNotContain("Expect")
                .containsPattern("规则覆盖：\\d+/\\d+ 条规则在场景中触发过；从未触发的 \\d+ 条：")
                .contains("chempark  新上化工项目不在认定的化工园区内（chempark-outside-park）");
    }
}
