package cn.dunban.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every workbook dunban writes shares: a title row and a header row that repeat on each printed page and
 * stay in view (frozen), an autofilter on the header, A4 landscape fitted to the page width with the title in
 * the page header and 第 N 页，共 M 页 in the footer, fills by colour, and sheet names Excel accepts.
 */
final class Sheets {

    /** Rows before the data: the title (0) and the column headers (1). */
    static final int FIRST_DATA_ROW = 2;

    private final XSSFWorkbook book;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle wrap;
    private final java.util.Map<String, CellStyle> fills = new java.util.HashMap<>();

    Sheets(XSSFWorkbook book) {
        this.book = book;
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = book.createCellStyle();
        title.setFont(big);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        border(header);
        ((XSSFCellStyle) header).setFillForegroundColor(color("D9E1F2"));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        border(wrap);
    }

    /** A sheet with its title, headers, column widths (in characters), frozen headers, autofilter and print set-up. */
    Sheet sheet(String name, String titleText, String[] headers, int[] widths) {
        Sheet s = book.createSheet(name);
        Row t = s.createRow(0);
        Cell c = t.createCell(0);
        c.setCellValue(titleText);
        c.setCellStyle(title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
        Row h = s.createRow(1);
        for (int i = 0; i < headers.length; i++) {
            Cell hc = h.createCell(i);
            hc.setCellValue(headers[i]);
            hc.setCellStyle(header);
            s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        s.createFreezePane(0, FIRST_DATA_ROW);
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
        s.getHeader().setCenter(titleText);
        s.getFooter().setCenter("第 &P 页，共 &N 页");
        return s;
    }

    /** The autofilter over the header and every data row, once the rows are written. */
    static void filter(Sheet s, int columns) {
        int last = Math.max(1, s.getLastRowNum());
        s.setAutoFilter(new CellRangeAddress(1, last, 0, columns - 1));
    }

    Cell text(Row r, int col, String value) {
        Cell c = r.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(wrap);
        return c;
    }

    Cell number(Row r, int col, Number value) {
        Cell c = r.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(wrap);
        return c;
    }

    /** A cell filled with an RGB colour ("FFC7CE"), text wrapped and bordered like the others. */
    Cell filled(Row r, int col, String value, String rgb) {
        Cell c = text(r, col, value);
        c.setCellStyle(fills.computeIfAbsent(rgb, k -> {
            XSSFCellStyle st = book.createCellStyle();
            st.cloneStyleFrom(wrap);
            st.setFillForegroundColor(color(k));
            st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return st;
        }));
        return c;
    }

    private XSSFColor color(String rgb) {
        return new XSSFColor(new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /**
     * A sheet name Excel accepts and no other sheet has: at most 31 characters, none of []:*?/\ (replaced by
     * "_"), no apostrophe at either end; a clash gets "(2)", "(3)" … within the 31.
     */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("^'+|'+$", "");
        if (base.isBlank()) {
            base = "工作表";
        }
        String name = cut(base, 31);
        for (int n = 2; taken.stream().anyMatch(name::equalsIgnoreCase); n++) {
            String suffix = "(" + n + ")";
            name = cut(base, 31 - suffix.length()) + suffix;
        }
        taken.add(name);
        return name;
    }

    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    static byte[] bytes(XSSFWorkbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
