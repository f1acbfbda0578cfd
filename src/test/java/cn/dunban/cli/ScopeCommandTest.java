package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check --document/--jurisdiction/--unit}: only what is in scope gets a finding; unknown names exit 2. */
class ScopeCommandTest {

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(cli.out());
    }

    @Test
    void checkingJiningsFactsWithDocumentJN2023GivesNoFindingOnAnotherDocument() {
        run("check", "--facts", "samples/jn2023-review-2023.json");
        int all = json().path("findings").size();
        assertThat(run("check", "--facts", "samples/jn2023-review-2023.json", "--document", "JN2023")).isZero();
        JsonNode findings = json().path("findings");
        assertThat(findings.size()).isPositive().isLessThan(all);
        for (JsonNode f : findings) {
            assertThat(f.path("document").asString()).isEqualTo("JN2023");
        }
        assertThat(json().path("summary").path("MISSING_REPORT").asInt()).isEqualTo(findings.size());
    }

    @Test
    void aUnitAndAJurisdictionNarrowToThatBureausOwnTargets() {
        run("check", "--facts", "samples/jn2023-review-2023.json", "--jurisdiction", "菏泽市", "--unit", "市发展改革委",
                "--unit", "市科技局");
        JsonNode findings = json().path("findings");
        assertThat(findings.size()).isPositive();
        for (JsonNode f : findings) {
            assertThat(f.path("jurisdiction").asString()).isEqualTo("菏泽市");
            List<String> leads = new ArrayList<>();
            f.path("leadUnits").forEach(u -> leads.add(u.asString()));
            assertThat(leads).containsAnyOf("市发展改革委", "市科技局");
        }
    }

    @Test
    void unknownNamesExitTwoAndListTheKnownOnesInChinese() {
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--document", "JN2025",
                "--jurisdiction", "济宁", "--unit", "市发改委")).isEqualTo(Cli.BAD_INPUT);
        String e = cli.err();
        assertThat(e).contains("不认识的文件代码“JN2025”", "可用：HZ2023、JN2023、JN2024、JNETDZ2023、YZ2025",
                "不认识的地区“济宁”", "济宁市、济宁经济技术开发区、菏泽市、兖州区", "不认识的牵头单位“市发改委”", "市发展改革委");
        assertThat(cli.out().length()).isZero();
    }

    @Test
    void theTextListNeverPutsTwoJurisdictionsUnderOneHeading() {
        run("check", "--facts", "samples/jn2023-review-2023.json", "--format", "text");
        String text = cli.out();
        Matcher heading = Pattern.compile("(?m)^【([^·】]+)·([^】]+)】").matcher(text);
        List<String> seen = new ArrayList<>();
        while (heading.find()) {
            seen.add(heading.group(1) + "·" + heading.group(2));
        }
        assertThat(seen).contains("济宁市·市发展改革委", "菏泽市·市发展改革委").doesNotHaveDuplicates();
        // every item under a heading belongs to that heading's jurisdiction: its target id names the document
        String[] sections = text.split("(?m)^【");
        for (String s : sections) {
            if (s.startsWith("菏泽市·")) {
                assertThat(s).doesNotContain("] JN2023-", "] JNETDZ2023-");
            } else if (s.startsWith("济宁市·")) {
                assertThat(s).doesNotContain("] HZ2023-", "] JNETDZ2023-", "] YZ2025-");
            }
        }
    }

    @Test
    void aListAskedForOneUnitHasOnlyThatUnitsSections() {
        run("check", "--facts", "samples/midyear-2023-09.json", "--unit", "市科技局", "--format", "text");
        String text = cli.out();
        assertThat(text).contains("【济宁市·市科技局】", "JN2023-1-2").doesNotContain("【济宁市·市工业和信息化局】",
                "【济宁市·市发展改革委】");
    }

    @Test
    void anOptionThatDoesNotRepeatGivenTwiceIsAUsageError() {
        assertThat(run("check", "--facts", "samples/midyear-2023-09.json", "--format", "json", "--format", "text"))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(cli.err()).contains("--format 只能给一次");
    }
}
