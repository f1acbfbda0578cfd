package cn.dunban.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the 任务分解表 of a Word (.docx) or Excel (.xlsx) file as published: every table (every sheet)
 * whose header names a task or target column and a unit column. A cell merged over several rows gives its
 * text to each of them (a task split into several targets shares its 工作任务 and units). Bold pieces of a
 * cell's text are kept: some tables set the lead unit in bold.
 */
final class OfficeTableReader {

    private OfficeTableReader() {
    }

    static List<TaskTable> docx(Path file) throws IOException {
        List<TaskTable> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            int t = 0;
            for (XWPFTable table : doc.getTables()) {
                t++;
                List<XWPFTableRow> rows = table.getRows();
                int h = -1;
                for (int r = 0; r < rows.size() && h < 0; r++) {
                    if (TableColumns.isHeader(texts(rows.get(r)))) {
                        h = r;
                    }
                }
                if (h < 0) {
                    continue;
                }
                List<TaskTable.Row> data = new ArrayList<>();
                List<TaskTable.Cell> above = List.of();
                for (int r = h + 1; r < rows.size(); r++) {
                    List<TaskTable.Cell> cells = new ArrayList<>();
                    List<XWPFTableCell> cs = rows.get(r).getTableCells();
                    for (int c = 0; c < cs.size(); c++) {
                        XWPFTableCell cell = cs.get(c);
                        boolean continued = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getVMerge() != null
                                && cell.getCTTc().getTcPr().getVMerge().getVal() == null;
                        cells.add(continued && c < above.size() ? above.get(c) : new TaskTable.Cell(cell.getText(), bold(cell)));
                    }
                    if (cells.stream().allMatch(x -> x.text().isEmpty())) {
                        continue;
                    }
                    data.add(new TaskTable.Row("表" + t + "第" + (r + 1) + "行", cells));
                    above = cells;
                }
                out.add(new TaskTable(file.getFileName().toString(), texts(rows.get(h)), data));
            }
        }
        return out;
    }

    static List<TaskTable> xlsx(Path file) throws IOException {
        List<TaskTable> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                int h = -1;
                for (Row row : sheet) {
                    if (TableColumns.isHeader(texts(row, sheet, format))) {
                        h = row.getRowNum();
                        break;
                    }
                }
                if (h < 0) {
                    continue;
                }
                List<String> header = texts(sheet.getRow(h), sheet, format);
                List<TaskTable.Row> data = new ArrayList<>();
                for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    List<TaskTable.Cell> cells = new ArrayList<>();
                    for (int c = 0; c < header.size(); c++) {
                        Cell cell = mergedTopLeft(sheet, r, c);
                        cells.add(cell == null ? TaskTable.Cell.EMPTY
                                : new TaskTable.Cell(format.formatCellValue(cell), bold(cell)));
                    }
                    if (cells.stream().allMatch(x -> x.text().isEmpty())) {
                        continue;
                    }
                    String place = file.getFileName() + "!" + sheet.getSheetName() + "!" + new CellReference(r, 0).formatAsString(false);
                    data.add(new TaskTable.Row(place, cells));
                }
                out.add(new TaskTable(file.getFileName() + "!" + sheet.getSheetName(), header, data));
            }
        }
        return out;
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static List<String> texts(Row row, Sheet sheet, DataFormatter format) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = mergedTopLeft(sheet, row.getRowNum(), c);
            out.add(cell == null ? "" : format.formatCellValue(cell).strip());
        }
        return out;
    }

    /**
     * The cell holding the value at (r, c): for a region merged down several rows, its top cell (each row
     * of a task shares it); for one merged across columns, nothing beyond its first column.
     */
    private static Cell mergedTopLeft(Sheet sheet, int r, int c) {
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(r, c)) {
                if (c != range.getFirstColumn()) {
                    return null; // merged across columns: one cell's worth of text, in the first column only
                }
                Row top = sheet.getRow(range.getFirstRow());
                return top == null ? null : top.getCell(range.getFirstColumn());
            }
        }
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static List<String> bold(XWPFTableCell cell) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            StringBuilder run = new StringBuilder();
            for (XWPFRun r : p.getRuns()) {
                if (r.isBold()) {
                    run.append(r.text());
                } else if (!run.isEmpty()) {
                    out.add(run.toString());
                    run.setLength(0);
                }
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
            }
        }
        return out;
    }

    private static List<String> bold(Cell cell) {
        List<String> out = new ArrayList<>();
        if (!(cell instanceof XSSFCell x) || x.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
            return out;
        }
        XSSFRichTextString rich = x.getRichStringCellValue();
        String s = rich.getString();
        if (rich.numFormattingRuns() == 0) {
            XSSFFont font = x.getCellStyle().getFont();
            if (font != null && font.getBold()) {
                out.add(s);
            }
            return out;
        }
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            XSSFFont font = rich.getFontOfFormattingRun(i);
            int start = rich.getIndexOfFormattingRun(i);
            int end = start + rich.getLengthOfFormattingRun(i);
            if (font != null && font.getBold()) {
                out.add(s.substring(start, Math.min(end, s.length())));
            }
        }
        return out;
    }
}
