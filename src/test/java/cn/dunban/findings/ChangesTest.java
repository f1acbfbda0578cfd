package cn.dunban.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** New, resolved and persisting findings between two checks, matched by rule and subject, not by message. */
class ChangesTest {

    static Finding target(Severity s, String rule, String id, String jurisdiction, String unit, String message) {
        return new Finding(s, rule, SubjectType.TARGET, id, id.substring(0, id.indexOf('-')), 1, jurisdiction,
                List.of(unit), message, Map.of(), new Citation("JN2023", 1, "原文"));
    }

    @Test
    void aFindingWhoseFiguresMovedPersistsAndOneThatWentIsResolvedUnderItsUnit() {
        FindingsReport august = new FindingsReport(LocalDate.parse("2023-08-31"), "a", List.of(
                target(Severity.AT_RISK, "behind-pace", "JN2023-1-2", "济宁市", "市科技局", "完成30家"),
                target(Severity.MISSING_REPORT, "missing-report", "JN2023-27-1", "济宁市", "市自然资源和规划局", "未收到报告"),
                target(Severity.MISSING_REPORT, "missing-report", "HZ2023-5-1", "菏泽市", "市发展改革委", "未收到报告")));
        FindingsReport september = new FindingsReport(LocalDate.parse("2023-09-30"), "b", List.of(
                target(Severity.AT_RISK, "behind-pace", "JN2023-1-2", "济宁市", "市科技局", "完成38家"),
                target(Severity.MISSING_REPORT, "missing-report", "HZ2023-5-1", "菏泽市", "市发展改革委", "未收到报告"),
                target(Severity.VIOLATION, "zero-not-cleared", "JN2023-74-3", "济宁市", "市发展改革委", "尚有3户")));
        Changes c = Changes.between(august, september);
        assertThat(c.added()).extracting(Finding::getSubject).containsExactly("JN2023-74-3");
        assertThat(c.resolved()).extracting(Finding::getSubject).containsExactly("JN2023-27-1");
        assertThat(c.persisting()).extracting(p -> p.now().getSubject()).containsExactlyInAnyOrder("JN2023-1-2", "HZ2023-5-1");
        Changes.Persisting platforms = c.persisting().stream().filter(p -> p.now().getSubject().equals("JN2023-1-2"))
                .findFirst().orElseThrow();
        assertThat(platforms.before().getMessage()).isEqualTo("完成30家");
        assertThat(platforms.now().getMessage()).isEqualTo("完成38家");

        List<Changes.UnitChanges> units = c.byUnit();
        assertThat(units).extracting(u -> u.group().heading()).containsExactly("济宁市·市发展改革委", "济宁市·市科技局",
                "济宁市·市自然资源和规划局", "菏泽市·市发展改革委");
        assertThat(units.get(0).added()).hasSize(1);
        assertThat(units.get(2).resolved()).hasSize(1);
        assertThat(units.get(3).persisting()).hasSize(1);
        assertThat(units.get(3).added()).isEmpty();
    }

    @Test
    void theSameRuleOnAnotherSubjectIsAnotherFinding() {
        FindingsReport before = new FindingsReport(LocalDate.parse("2023-08-31"), "a",
                List.of(target(Severity.MISSING_REPORT, "missing-report", "JN2023-1-1", "济宁市", "市科技局", "未收到报告")));
        FindingsReport after = new FindingsReport(LocalDate.parse("2023-09-30"), "a",
                List.of(target(Severity.MISSING_REPORT, "missing-report", "JN2023-1-3", "济宁市", "市科技局", "未收到报告")));
        Changes c = Changes.between(before, after);
        assertThat(c.added()).hasSize(1);
        assertThat(c.resolved()).hasSize(1);
        assertThat(c.persisting()).isEmpty();
    }
}
