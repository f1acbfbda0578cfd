package cn.dunban.office;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;
import cn.dunban.findings.UnitGroups;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.Severity;
import cn.dunban.scope.Scope;

/**
 * The supervision list (督办清单) as a workbook an officer can filter, print and send: a summary sheet (汇总) with
 * each jurisdiction·unit's counts per severity and a link to its sheet, then one sheet per jurisdiction·unit with
 * every finding — severity (filled in its colour), subject, message, evidence in Chinese, the verbatim clause
 * and the rule. Every sheet has its header frozen and filtered and prints on A4 landscape with title and page numbers.
 */
public final class SupervisionWorkbook {

    static final String SUMMARY = "汇总";
    static final String[] HEADERS = {"序号", "级别", "对象", "文件", "任务", "问题说明", "证据", "依据原文", "规则", "地区", "牵头单位"};
    private static final int[] WIDTHS = {6, 10, 16, 10, 6, 48, 40, 48, 18, 12, 22};

    private SupervisionWorkbook() {
    }

    /** The workbook; {@code scope} names the check's scope in the titles, or null when it is not known. */
    public static byte[] write(FindingsReport report, Scope scope) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheets sheets = new Sheets(book);
        Set<String> names = new HashSet<>();
        names.add(SUMMARY);
        Map<UnitGroups.Group, List<Finding>> groups = UnitGroups.of(report, scope == null ? Set.of() : scope.units());
        // a stored check does not know the scope it was run in: say nothing rather than "全部"
        String title = "督办清单　检查日期 " + report.asOf() + (scope == null ? "" : "　范围 " + scope.describe());

        Severity[] severities = Severity.values();
        String[] summaryHeaders = new String[severities.length + 4];
        int[] summaryWidths = new int[severities.length + 4];
        summaryHeaders[0] = "地区";
        summaryHeaders[1] = "牵头单位";
        summaryWidths[0] = 18;
        summaryWidths[1] = 28;
        for (int i = 0; i < severities.length; i++) {
            summaryHeaders[2 + i] = severities[i].label();
            summaryWidths[2 + i] = 10;
        }
        summaryHeaders[severities.length + 2] = "合计";
        summaryWidths[severities.length + 2] = 8;
        summaryHeaders[severities.length + 3] = "工作表";
        summaryWidths[severities.length + 3] = 30;
        Sheet summary = sheets.sheet(SUMMARY, title + "　规则库 " + report.rulebase(), summaryHeaders, summaryWidths);

        Map<UnitGroups.Group, String> sheetOf = new LinkedHashMap<>();
        groups.keySet().forEach(g -> sheetOf.put(g, Sheets.sheetName(g.heading(), names)));

        int row = Sheets.FIRST_DATA_ROW;
        for (var e : groups.entrySet()) {
            Row r = summary.createRow(row++);
            sheets.text(r, 0, e.getKey().jurisdiction());
            sheets.text(r, 1, e.getKey().unit());
            Map<Severity, Integer> n = new java.util.EnumMap<>(Severity.class);
            e.getValue().forEach(f -> n.merge(f.getSeverity(), 1, Integer::sum));
            for (int i = 0; i < severities.length; i++) {
                int c = n.getOrDefault(severities[i], 0);
                if (c > 0) {
                    sheets.filled(r, 2 + i, Integer.toString(c), Colours.of(severities[i])).setCellValue(c);
                } else {
                    sheets.number(r, 2 + i, 0);
                }
            }
            sheets.number(r, severities.length + 2, e.getValue().size());
            Cell link = sheets.text(r, severities.length + 3, sheetOf.get(e.getKey()));
            Hyperlink h = summary.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + sheetOf.get(e.getKey()) + "'!A1");
            link.setHyperlink(h);
        }
        Row total = summary.createRow(row);
        sheets.text(total, 0, "合计");
        sheets.text(total, 1, groups.size() + " 个单位");
        report.summary().forEach((s, c) -> sheets.number(total, 2 + s.ordinal(), c));
        sheets.number(total, severities.length + 2, report.findings().size());
        if (groups.isEmpty()) {
            sheets.text(summary.createRow(row + 1), 0, "没有发现问题。");
        } else {
            // the totals row stays out of the filter: it counts everything, whatever is filtered
            summary.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(1, row - 1, 0, summaryHeaders.length - 1));
        }

        for (var e : groups.entrySet()) {
            UnitGroups.Group g = e.getKey();
            Sheet s = sheets.sheet(sheetOf.get(g), "督办清单　" + g.heading() + "　检查日期 " + report.asOf(), HEADERS, WIDTHS);
            int i = Sheets.FIRST_DATA_ROW;
            for (Finding f : e.getValue()) {
                Row r = s.createRow(i);
                sheets.number(r, 0, i - Sheets.FIRST_DATA_ROW + 1);
                sheets.filled(r, 1, f.getSeverity().label(), Colours.of(f.getSeverity()));
                sheets.text(r, 2, f.getSubject());
                sheets.text(r, 3, f.getDocument());
                sheets.number(r, 4, f.getTask());
                sheets.text(r, 5, f.getMessage());
                sheets.text(r, 6, EvidenceText.line(f));
                Citation c = f.getCitation();
                sheets.text(r, 7, c == null ? null : c.text());
                sheets.text(r, 8, f.getRule());
                sheets.text(r, 9, g.jurisdiction());
                sheets.text(r, 10, String.join("、", f.getLeadUnits()));
                i++;
            }
            Sheets.filter(s, HEADERS.length);
        }
        return Sheets.bytes(book);
    }
}
