package cn.dunban.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Dimension;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Unit;
import cn.dunban.catalog.Units;

/**
 * Writes the workbooks units fill in: the key-task ledger (台账) of a document, a unit or a jurisdiction,
 * and the templates of the 两高 project register and the energy statistics. Each has a title row, a line
 * saying who fills what, a frozen header, the catalog's columns locked (grey) and the columns to fill open
 * (yellow header) and validated, and an A4 landscape print set-up. The columns are {@link Layout}'s.
 */
public final class LedgerWriter {

    /** The hidden sheet holding the unit lists the 完成值单位 drop-downs point at. */
    static final String UNIT_SHEET = "单位表";
    static final int TITLE_ROW = 0;
    static final int NOTE_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Blank rows of a project register template. */
    static final int REGISTER_ROWS = 100;

    private static final Pattern FILE_NUMBER = Pattern.compile("（([^（）]*〔\\d{4}〕[^（）]*号|[^（）]*\\[\\d{4}][^（）]*号)）");
    private static final String NOTE = "灰色列由督办系统按文件生成，请勿改动；黄色表头的列由责任单位填写：完成值只填数字，单位从下拉列表选择，"
            + "日期写作 2023-09-30，是否完成填“是”或“否”。未填写的行不作为报告。";
    private static final String REGISTER_NOTE = "黄色表头的列由填报人填写：数字列只填数字，是/否列填“是”或“否”，"
            + "单位从下拉列表选择，日期写作 2023-09-30。空行不读取；可在表下方接着填写。";

    private final Catalog catalog;

    public LedgerWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The key-task ledger: one row per target in scope. */
    public byte[] targets(LedgerScope scope) {
        Document doc = scope.documentIn(catalog);
        List<Target> targets = scope.targets(catalog);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            Layout layout = Layout.TARGETS;
            XSSFSheet sheet = wb.createSheet(layout.sheetName);
            String who = scope.unit() != null ? "（" + scope.unit() + "）"
                    : scope.jurisdiction() != null ? "（" + scope.jurisdiction() + "）" : "";
            frame(sheet, styles, layout, doc.jurisdiction() + doc.year() + "年重点工作任务台账" + who);
            Map<Dimension, String> unitLists = unitSheet(wb);
            XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
            int r = FIRST_DATA_ROW;
            for (Target t : targets) {
                Row row = sheet.createRow(r);
                List<String> shown = List.of(Integer.toString(r - FIRST_DATA_ROW + 1), t.id(), source(doc, t),
                        nz(t.taskTitle()), t.text(), goal(t), nz(t.unit()), "", String.join("、", t.leadUnits()),
                        String.join("、", t.participatingUnits()), String.join("、", t.leadLeaders()));
                for (int c = 0; c < layout.columns.size(); c++) {
                    Column col = layout.columns.get(c);
                    Cell cell = row.createCell(c);
                    if (!col.input()) {
                        cell.setCellStyle(styles.shown);
                        if (col.header().equals("完成时限")) {
                            cell.setCellValue(t.deadline());
                            cell.setCellStyle(styles.shownDate);
                        } else if (col.header().equals("目标值") && plainValue(t)) {
                            cell.setCellValue(t.value());
                        } else if (c < shown.size()) {
                            cell.setCellValue(shown.get(c));
                        }
                        continue;
                    }
                    cell.setCellStyle(styles.inputFor(col.kind()));
                    if (col.header().equals("完成值单位") && t.unit() != null) {
                        cell.setCellValue(t.unit());
                    }
                }
                validateTargetRow(sheet, dv, layout, r, t, unitLists);
                r++;
            }
            int last = FIRST_DATA_ROW + targets.size() - 1;
            list(sheet, dv, col(layout, "是否完成"), FIRST_DATA_ROW, last, "是", "否");
            finish(sheet, layout);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 两高 project register: {@value #REGISTER_ROWS} blank rows to fill, one project a row. */
    public byte[] projects(String jurisdiction) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            Layout layout = Layout.PROJECTS;
            XSSFSheet sheet = wb.createSheet(layout.sheetName);
            frame(sheet, styles, layout, (jurisdiction == null ? "" : jurisdiction) + "“两高”项目台账");
            XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
            int last = FIRST_DATA_ROW + REGISTER_ROWS - 1;
            for (int r = FIRST_DATA_ROW; r <= last; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < layout.columns.size(); c++) {
                    Column col = layout.columns.get(c);
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(col.input() ? styles.inputFor(col.kind()) : styles.shown);
                    if (c == 0) {
                        cell.setCellValue(r - FIRST_DATA_ROW + 1);
                    } else if (col.field().equals("jurisdiction") && jurisdiction != null) {
                        cell.setCellValue(jurisdiction);
                    }
                }
            }
            list(sheet, dv, col(layout, "项目阶段"), FIRST_DATA_ROW, last, "新上", "技改", "在建", "投产");
            for (Column c : layout.columns) {
                if (c.kind() == CellKind.YES_NO) {
                    list(sheet, dv, layout.columns.indexOf(c), FIRST_DATA_ROW, last, "是", "否");
                } else if (c.kind() == CellKind.NUMBER) {
                    number(sheet, dv, layout.columns.indexOf(c), FIRST_DATA_ROW, last, true);
                }
            }
            finish(sheet, layout);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The energy statistics of the jurisdictions a document's targets belong to (or one of them), for the
     * document's year and the year before, which the intensity drop is measured against.
     */
    public byte[] energy(LedgerScope scope) {
        Document doc = scope.documentIn(catalog);
        List<String> places = scope.jurisdiction() != null ? List.of(scope.jurisdiction())
                : catalog.targets().stream().filter(t -> t.document().equals(doc.code())).map(Target::jurisdiction)
                        .distinct().toList();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            Layout layout = Layout.ENERGY;
            XSSFSheet sheet = wb.createSheet(layout.sheetName);
            frame(sheet, styles, layout, doc.year() + "年能源消费统计（" + String.join("、", places) + "）");
            XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
            Map<Dimension, String> unitLists = unitSheet(wb);
            int r = FIRST_DATA_ROW;
            for (String place : places) {
                for (int year : new int[] {doc.year() - 1, doc.year()}) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < layout.columns.size(); c++) {
                        Column col = layout.columns.get(c);
                        Cell cell = row.createCell(c);
                        cell.setCellStyle(col.input() ? styles.inputFor(col.kind()) : styles.shown);
                        switch (col.header()) {
                            case "序号" -> cell.setCellValue(r - FIRST_DATA_ROW + 1);
                            case "地区" -> cell.setCellValue(place);
                            case "年度" -> cell.setCellValue(year);
                            case "地区生产总值单位" -> cell.setCellValue("亿元");
                            case "能源消费单位" -> cell.setCellValue("万吨标准煤");
                            case "煤炭消费量单位" -> cell.setCellValue("万吨");
                            default -> {
                            }
                        }
                    }
                    date(sheet, dv, col(layout, "数据截至日期"), r, r, year, year);
                    r++;
                }
            }
            int last = r - 1;
            for (Column c : layout.columns) {
                int i = layout.columns.indexOf(c);
                if (c.kind() == CellKind.NUMBER) {
                    number(sheet, dv, i, FIRST_DATA_ROW, last, true);
                } else if (c.kind() == CellKind.UNIT) {
                    Dimension d = c.field().equals("gdpUnit") ? Dimension.MONEY
                            : c.field().equals("coalUnit") ? Dimension.MASS : Dimension.ENERGY;
                    formulaList(sheet, dv, i, FIRST_DATA_ROW, last, unitLists.get(d));
                }
            }
            finish(sheet, layout);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void validateTargetRow(XSSFSheet sheet, XSSFDataValidationHelper dv, Layout layout, int r, Target t,
            Map<Dimension, String> unitLists) {
        Optional<Unit> unit = Units.parse(t.unit());
        boolean signed = unit.isEmpty() || unit.get().dimension() == Dimension.PERCENT
                || unit.get().dimension() == Dimension.POINTS;
        number(sheet, dv, col(layout, "完成值"), r, r, !signed);
        unit.ifPresent(u -> formulaList(sheet, dv, col(layout, "完成值单位"), r, r, unitLists.get(u.dimension())));
        date(sheet, dv, col(layout, "数据截至日期"), r, r, t.year(), Math.max(t.year(), t.deadline().getYear()));
    }

    private static void frame(XSSFSheet sheet, SheetStyles styles, Layout layout, String title) {
        int width = layout.columns.size();
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(28);
        Cell t = titleRow.createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, width - 1));
        Row noteRow = sheet.createRow(NOTE_ROW);
        noteRow.setHeightInPoints(32);
        Cell n = noteRow.createCell(0);
        n.setCellValue(layout == Layout.TARGETS ? NOTE : REGISTER_NOTE);
        n.setCellStyle(styles.note);
        sheet.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, width - 1));
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int c = 0; c < width; c++) {
            Column col = layout.columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(col.header());
            cell.setCellStyle(col.input() ? styles.inputHeader : styles.header);
            sheet.setColumnWidth(c, col.width() * 256 + 512);
            if (col.input()) {
                // rows added below the written ones stay open to fill in, under sheet protection too
                sheet.setDefaultColumnStyle(c, styles.inputFor(col.kind()));
            }
        }
    }

    /** Header frozen, sheet protected but for the open cells, A4 landscape one page wide, header on every page. */
    private static void finish(XSSFSheet sheet, Layout layout) {
        sheet.createFreezePane(layout == Layout.TARGETS ? 2 : 0, FIRST_DATA_ROW);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.enableLocking();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** The hidden sheet of unit lists, one column per dimension; the range of each list by dimension. */
    private static Map<Dimension, String> unitSheet(XSSFWorkbook wb) {
        XSSFSheet units = wb.createSheet(UNIT_SHEET);
        Map<Dimension, String> ranges = new EnumMap<>(Dimension.class);
        Dimension[] dims = Dimension.values();
        List<List<String>> lists = new ArrayList<>();
        for (Dimension d : dims) {
            lists.add(Units.names(d));
        }
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r <= longest; r++) {
            Row row = units.createRow(r);
            for (int c = 0; c < dims.length; c++) {
                List<String> names = lists.get(c);
                if (r == 0) {
                    row.createCell(c).setCellValue(dims[c].label());
                } else if (r <= names.size()) {
                    row.createCell(c).setCellValue(names.get(r - 1));
                }
            }
        }
        for (int c = 0; c < dims.length; c++) {
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
            ranges.put(dims[c], "'" + UNIT_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (lists.get(c).size() + 1));
        }
        units.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(units), SheetVisibility.VERY_HIDDEN);
        return ranges;
    }

    private static void list(XSSFSheet sheet, XSSFDataValidationHelper dv, int col, int first, int last,
            String... values) {
        add(sheet, dv, dv.createExplicitListConstraint(values), col, first, last, "请从下拉列表选择",
                "只能填: " + String.join("、", values));
    }

    private static void formulaList(XSSFSheet sheet, XSSFDataValidationHelper dv, int col, int first, int last,
            String range) {
        add(sheet, dv, dv.createFormulaListConstraint(range), col, first, last, "单位不对",
                "请从下拉列表选择与目标同一量纲的单位");
    }

    private static void number(XSSFSheet sheet, XSSFDataValidationHelper dv, int col, int first, int last,
            boolean nonNegative) {
        DataValidationConstraint c = nonNegative
                ? dv.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null)
                : dv.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15");
        add(sheet, dv, c, col, first, last, "应为数字", nonNegative ? "只填不小于 0 的数字，不带单位" : "只填数字，不带单位");
    }

    private static void date(XSSFSheet sheet, XSSFDataValidationHelper dv, int col, int first, int last, int fromYear,
            int toYear) {
        DataValidationConstraint c = dv.createDateConstraint(OperatorType.BETWEEN, "DATE(" + fromYear + ",1,1)",
                "DATE(" + toYear + ",12,31)", "yyyy-mm-dd");
        add(sheet, dv, c, col, first, last, "日期不对",
                "填 " + fromYear + "-01-01 至 " + toYear + "-12-31 之间的日期，如 " + fromYear + "-09-30");
    }

    private static void add(XSSFSheet sheet, XSSFDataValidationHelper dv, DataValidationConstraint constraint, int col,
            int first, int last, String title, String text) {
        if (last < first) {
            return;
        }
        DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setShowErrorBox(true);
        v.createErrorBox(title, text);
        v.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(v);
    }

    private static int col(Layout layout, String header) {
        return layout.columns.indexOf(layout.column(header));
    }

    /** 任务来源: the document's file number (济政办字〔2023〕22号) or title, and the task. */
    static String source(Document doc, Target t) {
        Matcher m = FILE_NUMBER.matcher(doc.title());
        String file = m.find() ? m.group(1) : doc.title();
        return file + (t.task() == 0 ? " 主要预期目标" : " 第" + t.task() + "项");
    }

    private static boolean plainValue(Target t) {
        return t.value() != null && t.comparator() != Comparator.RANGE && t.comparator() != Comparator.MILESTONE
                && t.comparator() != Comparator.ZERO;
    }

    private static String goal(Target t) {
        if (t.comparator() == Comparator.MILESTONE || t.comparator() == Comparator.ZERO) {
            return t.comparator() == Comparator.ZERO ? "清零" : "按期完成";
        }
        if (t.value() == null) {
            return "待下达";
        }
        if (t.comparator() == Comparator.RANGE && t.valueMax() != null) {
            return CellValues.text(t.value()) + "—" + CellValues.text(t.valueMax());
        }
        return CellValues.text(t.value());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

}
