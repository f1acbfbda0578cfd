package cn.dunban.catalog.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a table as a Word or Excel file, as an office would publish it: a title paragraph (Word) and the
 * table. A cell's text between {@code **} is set in bold, the rest plain; a row with text in its first cell
 * only is a section row (merged across the sheet in Excel).
 */
final class TableFiles {

    private TableFiles() {
    }

    static Path docx(Path dir, String name, String title, List<String> header, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name + ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(title);
            XWPFTable table = doc.createTable(rows.size() + 1, header.size());
            fill(table.getRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                fill(table.getRow(r + 1), rows.get(r));
            }
            doc.write(out);
        }
        return file;
    }

    static Path xlsx(Path dir, String name, String sheetName, List<String> header, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet(sheetName);
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(rich(cells.get(c), bold));
                }
                if (cells.size() > 1 && cells.subList(1, cells.size()).stream().allMatch(String::isEmpty)) {
                    sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, header.size() - 1));
                }
            }
            book.write(out);
        }
        return file;
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            var cell = row.getCell(c);
            var p = cell.getParagraphs().get(0);
            String[] pieces = cells.get(c).split("\\*\\*", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (!pieces[i].isEmpty()) {
                    XWPFRun run = p.createRun();
                    run.setText(pieces[i]);
                    run.setBold(i % 2 == 1);
                }
            }
        }
    }

    private static XSSFRichTextString rich(String text, XSSFFont bold) {
        String[] pieces = text.split("\\*\\*", -1);
        XSSFRichTextString s = new XSSFRichTextString(String.join("", pieces));
        int at = 0;
        for (int i = 0; i < pieces.length; i++) {
            if (i % 2 == 1 && !pieces[i].isEmpty()) {
                s.applyFont(at, at + pieces[i].length(), bold);
            }
            at += pieces[i].length();
        }
        return s;
    }
}
