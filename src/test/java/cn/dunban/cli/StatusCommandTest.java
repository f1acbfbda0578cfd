package cn.dunban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code dunban status}: every target in scope with one light, in the document of docs/findings.md. */
class StatusCommandTest {

    private final CommandLine cli = new CommandLine();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void theMidYearSampleListsEveryJN2023TargetWithALightAndItsNumbers() {
        assertThat(run("status", "--facts", "samples/midyear-2023-09.json", "--document", "JN2023")).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(cli.out());
        assertThat(doc.propertyNames()).containsExactly("asOf", "rulebase", "summary", "targets");
        assertThat(doc.path("asOf").asString()).isEqualTo("2023-09-30");
        Set<String> expected = new HashSet<>();
        for (Target t : CatalogReader.builtIn().targets()) {
            if (t.document().equals("JN2023")) {
                expected.add(t.id());
            }
        }
        Set<String> listed = new HashSet<>();
        int sum = 0;
        for (String light : List.of("RED", "YELLOW", "GREEN", "GREY")) {
            sum += doc.path("summary").path(light).asInt();
        }
        for (JsonNode t : doc.path("targets")) {
            assertThat(t.propertyNames()).containsExactly("id", "document", "task", "jurisdiction", "leadUnits", "light",
                    "reported", "required", "unit", "progress", "expected", "reportAsOf", "findings");
            assertThat(listed.add(t.path("id").asString())).as("每个目标只列一次").isTrue();
            assertThat(t.path("light").asString()).isIn("RED", "YELLOW", "GREEN", "GREY");
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(sum).isEqualTo(expected.size());
        JsonNode platforms = find(doc, "JN2023-1-2");
        assertThat(platforms.path("light").asString()).isEqualTo("RED");
        assertThat(platforms.path("progress").asDouble()).isEqualTo(63.3);
        assertThat(platforms.path("expected").asDouble()).isEqualTo(74.8);
        assertThat(platforms.path("reported").asDouble()).isEqualTo(38);
        assertThat(platforms.path("required").asDouble()).isEqualTo(60);
        assertThat(platforms.path("unit").asString()).isEqualTo("家");
        assertThat(platforms.path("reportAsOf").asString()).isEqualTo("2023-09-30");
        assertThat(platforms.path("findings").toString()).isEqualTo("[\"behind-pace\"]");
        assertThat(find(doc, "JN2023-30-1").path("light").asString()).isEqualTo("GREEN");
        assertThat(find(doc, "JN2023-27-1").path("findings").toString()).contains("missing-report");
        assertThat(find(doc, "JN2023-1-1").path("light").asString()).isEqualTo("GREY");
        assertThat(find(doc, "JN2023-1-1").path("progress").isNull()).isTrue();
    }

    @Test
    void aUnitSeesOnlyTheTargetsItLeadsAndTheTextGroupsByJurisdictionAndUnit() {
        run("status", "--facts", "samples/midyear-2023-09.json", "--unit", "市住房城乡建设局", "--jurisdiction", "济宁市",
                "--format", "text");
        String text = cli.out();
        assertThat(text).contains("【济宁市·市住房城乡建设局】", "绿灯 JN2023-30-1", "完成率 85.7%", "序时进度 74.8%")
                .doesNotContain("【菏泽市", "JN2023-1-2");
    }

    @Test
    void anUnknownUnitIsAUsageError() {
        assertThat(run("status", "--facts", "samples/midyear-2023-09.json", "--unit", "市发改委")).isEqualTo(Cli.BAD_INPUT);
        assertThat(cli.err()).contains("不认识的牵头单位“市发改委”");
    }

    private static JsonNode find(JsonNode doc, String id) {
        for (JsonNode t : doc.path("targets")) {
            if (t.path("id").asString().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("没有 " + id);
    }
}
