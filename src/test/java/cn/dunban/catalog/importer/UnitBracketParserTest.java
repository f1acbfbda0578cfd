package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Target;
import cn.dunban.catalog.importer.UnitBracketParser.Assignment;

class UnitBracketParserTest {

    private static Assignment parse(String body) {
        String squeezed = body;
        int[] offsets = new int[body.length()];
        int[] lines = new int[body.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return new UnitBracketParser().parse(new Snippet(squeezed, body, offsets, lines));
    }

    @Test
    void leadAndParticipatingUnits() {
        Assignment a = parse("新增10家。（牵头单位：市科技局、市工业和信息化局；参与单位：市生态环境局，各县区政府、管委会）");
        assertThat(a.leadUnits()).containsExactly("市科技局", "市工业和信息化局");
        assertThat(a.participatingUnits()).containsExactly("市生态环境局", "各县区政府", "管委会");
        assertThat(a.body().text()).isEqualTo("新增10家。");
    }

    @Test
    void mixedBracketsAndAClosingPeriodAfterThem() {
        Assignment a = parse("新增10家。（牵头部门：市商务局、市发展改革委；参与单位：各县区政府)。");
        assertThat(a.leadUnits()).containsExactly("市商务局", "市发展改革委");
        assertThat(a.body().text()).isEqualTo("新增10家。。");
    }

    @Test
    void aBracketThatNeverClosesRunsToTheEndOfTheTask() {
        assertThat(parse("新增10家。(牵头单位：市财政局、人民银行济宁市中心支行").leadUnits())
                .containsExactly("市财政局", "人民银行济宁市中心支行");
    }

    @Test
    void otherBracketsInTheTaskAreLeftAlone() {
        Assignment a = parse("完成文祥路（嘉瑞路往东共160米）建设。（牵头单位：区城乡建设和交通局）");
        assertThat(a.body().text()).isEqualTo("完成文祥路（嘉瑞路往东共160米）建设。");
        assertThat(a.leadUnits()).containsExactly("区城乡建设和交通局");
    }

    @Test
    void leadersAndGroupedResponsibleUnits() {
        // "黑体为主办单位": bold is lost in plain text; the first group leads, towns and streets take part
        Assignment a = parse("新增10家。(牵头领导:石可清、吴广。承办单位:区工业和信息化局、区发展改革局,工业园区,各镇街。"
                + "黑体为主办单位,其他为协办单位,下同)");
        assertThat(a.leadLeaders()).containsExactly("石可清", "吴广");
        assertThat(a.leadUnits()).containsExactly("区工业和信息化局", "区发展改革局");
        assertThat(a.participatingUnits()).containsExactly("工业园区", "各镇街");
        assertThat(a.ignored()).containsExactly("黑体为主办单位,其他为协办单位,下同");
    }

    @Test
    void responsibleUnitsLeadWhenNothingElseDoes() {
        Assignment a = parse("新增10家。（责任单位：市民政局、市财政局）");
        assertThat(a.leadUnits()).containsExactly("市民政局", "市财政局");
        assertThat(a.participatingUnits()).isEmpty();
    }

    @Test
    void responsibleUnitsParticipateNextToALeadUnit() {
        Assignment a = parse("新增10家。（牵头单位：市民政局；责任单位：各县市区政府）");
        assertThat(a.leadUnits()).containsExactly("市民政局");
        assertThat(a.participatingUnits()).containsExactly("各县市区政府");
    }

    @Test
    void aDutyNoteAfterTheNamesIsDropped() {
        assertThat(parse("新增10家。（牵头单位：市政府办公室、市市场监管局按职责分工负责）").leadUnits())
                .containsExactly("市政府办公室", "市市场监管局");
    }

    @Test
    void aBracketSpanningLinesReachesEveryTargetOfItsTask() {
        Target t = Fixtures.read("1. 甲。新增10家。（牵头单位：市发展改革委、市机\n\n关事务中心、市教育局)\n").catalog().targets().get(0);
        assertThat(t.leadUnits()).containsExactly("市发展改革委", "市机关事务中心", "市教育局");
    }

    @Test
    void unitsWithoutBracketsCloseTheTask() {
        Assignment a = parse("新增10家。责任单位：市发展改革委、市财政局");
        assertThat(a.leadUnits()).containsExactly("市发展改革委", "市财政局");
        assertThat(a.body().text()).isEqualTo("新增10家。");
    }
}
