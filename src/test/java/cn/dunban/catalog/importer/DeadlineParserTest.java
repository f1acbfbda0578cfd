package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dunban.catalog.importer.DeadlineParser.TimeWord;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser(2025);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            年内完成投资100亿元, 2025-12-31
            年底前完成全部村庄治理任务, 2025-12-31
            年底全市新型储能规模达到20万千瓦, 2025-12-31
            6月底前获批, 2025-06-30
            9月底前完成, 2025-09-30
            6月前完成, 2025-05-31
            上半年投产运营, 2025-06-30
            下半年开工, 2025-12-31
            一季度开工, 2025-03-31
            三季度末建成, 2025-09-30
            力争3年左右达到360家, 2027-12-31
            用2年时间建成, 2026-12-31
            2025—2026年实施矿山修复项目4处, 2026-12-31
            到2027年底建成, 2027-12-31
            """)
    void timeWords(String clause, String date) {
        List<TimeWord> words = parser.find(clause);
        assertThat(words).isNotEmpty();
        assertThat(words.get(0).date()).hasToString(date);
    }

    @Test
    void titlesOfPlansAreNotDeadlines() {
        assertThat(parser.find("落实《三年行动计划（2023—2025年）》要求")).isEmpty();
    }

    @Test
    void withoutATimeWordTheDeadlineIsTheYearsEnd() {
        assertThat(parser.find("新增规上服务业企业200家")).isEmpty();
        assertThat(parser.yearEnd()).hasToString("2025-12-31");
    }

    @Test
    void theTimeWordNearestBeforeTheNumberGoverns() {
        String clause = "力争3年左右达到360家";
        TimeWord w = DeadlineParser.governing(parser.find(clause), clause.indexOf("360"));
        assertThat(w.date()).hasToString("2027-12-31");
    }

    @Test
    void aBareYearDoesNotDateAnEvent() {
        TimeWord w = parser.find("编制实施2025年工作要点").get(0);
        assertThat(DeadlineParser.datesAnEvent(w)).isFalse();
        assertThat(DeadlineParser.datesAnEvent(parser.find("年内建成").get(0))).isTrue();
    }

    @Test
    void deadlinesReachTheTargets() {
        assertThat(Fixtures.only("力争3年左右突破2000家。").deadline()).hasToString("2025-12-31");
        assertThat(Fixtures.targets("年内新增高企30家，力争3年左右达到360家。"))
                .extracting(t -> t.deadline().toString()).containsExactly("2023-12-31", "2025-12-31");
        assertThat(Fixtures.only("2023—2024年实施矿山修复项目4处。").deadline()).hasToString("2024-12-31");
        assertThat(Fixtures.only("到2025年，新增绿色工厂10家。").deadline()).hasToString("2025-12-31");
    }
}
