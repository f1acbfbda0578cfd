package cn.dunban.ledger;

import static cn.dunban.ledger.CellKind.DATE;
import static cn.dunban.ledger.CellKind.INTEGER;
import static cn.dunban.ledger.CellKind.NUMBER;
import static cn.dunban.ledger.CellKind.TEXT;
import static cn.dunban.ledger.CellKind.UNIT;
import static cn.dunban.ledger.CellKind.YES_NO;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The three kinds of ledger a unit or officer fills in, each one list of the facts document: the key-task
 * ledger (台账, one row per target → {@code reports}), the 两高 project register (→ {@code projects}) and the
 * energy statistics (→ {@code energy}). Columns in the order dunban writes them; a reader finds them by
 * header, in any order, under any of their usual names. docs/ledger.md lists them for users.
 */
enum Layout {

    TARGETS("targets", "reports", "重点任务台账", "目标编号", Set.of("完成值单位"), List.of(
            Column.shown("序号", 6),
            new Column("目标编号", List.of("目标ID", "指标编号", "目标代码"), "target", TEXT, false, 16),
            Column.shown("任务来源", 18, "文件来源", "来源"),
            Column.shown("工作任务", 24, "重点任务", "任务名称", "任务内容"),
            Column.shown("目标（原文）", 48, "目标原文", "目标任务", "工作目标", "目标内容", "目标"),
            Column.shown("目标值", 10, "目标数值", "年度目标值"),
            new Column("单位", List.of("计量单位", "目标单位"), "unit", UNIT, false, 9),
            Column.shown("完成时限", 12, "时限", "完成时间", "时限要求"),
            Column.shown("牵头单位", 18, "责任单位", "牵头部门"),
            Column.shown("配合单位", 18, "配合部门", "协办单位", "参与单位"),
            Column.shown("责任领导", 12, "分管领导", "牵头领导", "牵头市领导"),
            Column.input("完成值", "value", NUMBER, 12, "完成情况", "实际完成", "完成数", "实际完成值", "完成数值",
                    "累计完成", "累计完成值"),
            Column.input("完成值单位", "unit", UNIT, 10, "完成单位", "完成值的单位"),
            Column.input("数据截至日期", "asOf", DATE, 13, "截至日期", "截止日期", "数据截止日期", "统计截至日期",
                    "统计截止日期", "数据日期"),
            Column.input("是否完成", "done", YES_NO, 9, "是否已完成", "是否办结"),
            Column.input("进展情况", "progress", TEXT, 30, "工作进展", "进展", "推进情况", "工作推进情况"),
            Column.input("存在问题", "problems", TEXT, 24, "存在的问题", "问题", "困难和问题", "存在困难"),
            Column.input("下一步措施", "nextSteps", TEXT, 24, "下一步工作", "下一步打算", "下步措施", "下一步工作措施",
                    "下一步计划"),
            Column.input("备注", "note", TEXT, 14, "说明"))),

    PROJECTS("projects", "projects", "两高项目台账", "项目编号", Set.of("所在市"), List.of(
            Column.shown("序号", 6),
            Column.input("项目编号", "id", TEXT, 12, "项目代码", "项目ID"),
            Column.input("项目名称", "name", TEXT, 28),
            Column.input("所在市", "jurisdiction", TEXT, 10, "所属市", "地市"),
            Column.input("所在县（市、区）", "county", TEXT, 12, "所在县区", "县区", "县（市、区）", "所在区县"),
            Column.input("行业", "industry", TEXT, 10, "所属行业", "行业类别"),
            Column.input("项目阶段", "stage", TEXT, 10, "建设阶段", "阶段"),
            Column.input("窗口指导", "windowGuidance", YES_NO, 10, "是否履行窗口指导", "是否窗口指导"),
            Column.input("节能审查", "energyReview", YES_NO, 10, "是否通过节能审查", "节能审查意见"),
            Column.input("化工项目", "chemical", YES_NO, 10, "是否化工项目"),
            Column.input("位于认定化工园区", "inChemicalPark", YES_NO, 12, "是否在化工园区", "是否位于化工园区",
                    "是否在认定化工园区内"),
            Column.input("三高项目", "threeHigh", YES_NO, 10, "是否三高项目"),
            Column.input("产能减量替代比例", "replacement/capacity", NUMBER, 12, "产能替代比例"),
            Column.input("煤耗减量替代比例", "replacement/coal", NUMBER, 12, "煤耗替代比例"),
            Column.input("能耗减量替代比例", "replacement/energy", NUMBER, 12, "能耗替代比例"),
            Column.input("碳排放减量替代比例", "replacement/carbon", NUMBER, 12, "碳排放替代比例"),
            Column.input("污染物排放减量替代比例", "replacement/pollutant", NUMBER, 12, "污染物排放替代比例"))),

    ENERGY("energy", "energy", "能源统计", "地区生产总值（不变价）", Set.of("地区", "年度", "地区生产总值单位",
            "能源消费单位", "煤炭消费量单位"), List.of(
            Column.shown("序号", 6),
            Column.input("地区", "jurisdiction", TEXT, 14, "辖区", "县市区", "行政区"),
            Column.input("年度", "year", INTEGER, 8, "年份", "统计年度"),
            Column.input("数据截至日期", "asOf", DATE, 13, "截至日期", "截止日期", "数据截止日期", "统计截至日期",
                    "统计截止日期"),
            Column.input("地区生产总值（不变价）", "gdp", NUMBER, 14, "地区生产总值", "GDP", "地区生产总值（可比价）"),
            Column.input("地区生产总值单位", "gdpUnit", UNIT, 10, "GDP单位"),
            Column.input("能源消费总量", "energy", NUMBER, 14, "能耗总量", "综合能源消费量"),
            Column.input("能源消费单位", "energyUnit", UNIT, 12, "能耗单位", "能源消费总量单位"),
            Column.input("新增可再生能源消费量", "renewableExcluded", NUMBER, 14, "新增可再生能源消费"),
            Column.input("原料用能", "feedstockExcluded", NUMBER, 12, "原料用能消费量"),
            Column.input("煤炭消费量", "coal", NUMBER, 12, "煤炭消费总量"),
            Column.input("煤炭消费量单位", "coalUnit", UNIT, 10, "煤炭单位")));

    /** The name on the command line ({@code --kind}) and in the API ({@code kind=}). */
    final String kind;
    /** The list of the facts document each row becomes. */
    final String list;
    final String sheetName;
    /** The column without which a sheet is not this kind of ledger. */
    final String key;
    /** Columns dunban fills in beforehand: a row with only these filled is still empty. */
    final Set<String> prefilled;
    final List<Column> columns;

    Layout(String kind, String list, String sheetName, String key, Set<String> prefilled, List<Column> columns) {
        this.kind = kind;
        this.list = list;
        this.sheetName = sheetName;
        this.key = key;
        this.prefilled = prefilled;
        this.columns = columns;
    }

    Column column(String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
    }

    /** The column a header names, if any. */
    Optional<Column> columnNamed(String text) {
        String n = Headers.normalise(text);
        return columns.stream().filter(c -> c.named(n)).findFirst();
    }

    /** Whether a filled cell of {@code c} makes its row a fact. */
    boolean counts(Column c) {
        return c.input() && !prefilled.contains(c.header());
    }

    static Optional<Layout> ofKind(String kind) {
        for (Layout l : values()) {
            if (l.kind.equals(kind)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
