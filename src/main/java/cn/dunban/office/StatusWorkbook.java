package cn.dunban.office;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.dunban.catalog.Target;
import cn.dunban.status.StatusReport;
import cn.dunban.status.TargetStatus;

/**
 * The status board as a workbook (目标状态台账): one sheet with every target in scope, its light filled in the
 * light's colour, 完成率, 序时进度, the report that counts, the reasons for the light and the verbatim clause;
 * header frozen and filtered, A4 landscape with title and page numbers.
 */
public final class StatusWorkbook {

    static final String SHEET = "状态台账";
    static final String[] HEADERS = {"灯色", "目标", "文件", "任务", "地区", "牵头单位", "指标", "报告值", "目标值", "单位",
            "完成率(%)", "序时进度(%)", "数据截至", "亮灯理由", "问题规则", "原文"};
    private static final int[] WIDTHS = {8, 14, 10, 6, 12, 24, 24, 10, 10, 8, 10, 10, 12, 40, 18, 48};

    private StatusWorkbook() {
    }

    public static byte[] write(StatusReport report) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheets sheets = new Sheets(book);
        StringBuilder counts = new StringBuilder();
        report.summary().forEach((l, n) -> counts.append("　").append(l.label()).append(' ').append(n));
        Sheet s = sheets.sheet(SHEET, "目标状态台账　截至 " + report.asOf() + "　范围 " + report.scope().describe() + counts,
                HEADERS, WIDTHS);
        int i = Sheets.FIRST_DATA_ROW;
        for (TargetStatus st : report.targets()) {
            Target t = st.target();
            Row r = s.createRow(i++);
            sheets.filled(r, 0, st.light().label(), Colours.of(st.light()));
            sheets.text(r, 1, t.id());
            sheets.text(r, 2, t.document());
            sheets.number(r, 3, t.task());
            sheets.text(r, 4, t.jurisdiction());
            sheets.text(r, 5, String.join("、", t.leadUnits()));
            sheets.text(r, 6, t.indicator());
            if (st.reported() != null) {
                sheets.number(r, 7, st.reported());
            } else {
                sheets.text(r, 7, st.done() == null ? null : st.done() ? "已完成" : "未完成");
            }
            sheets.number(r, 8, st.required());
            sheets.text(r, 9, st.unit());
            sheets.number(r, 10, st.progress());
            sheets.number(r, 11, st.expected());
            sheets.text(r, 12, st.reportAsOf() == null ? null : st.reportAsOf().toString());
            sheets.text(r, 13, String.join("；", st.reasons()));
            sheets.text(r, 14, String.join("、", st.findingRules()));
            sheets.text(r, 15, t.text());
        }
        Sheets.filter(s, HEADERS.length);
        return Sheets.bytes(book);
    }
}
