package cn.dunban.web.page;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Fills a downloaded ledger as a unit would in a spreadsheet program: cells of one target's row, by column header. */
final class LedgerFill {

    private LedgerFill() {
    }

    static byte[] fill(byte[] ledger, String target, Map<String, Object> cells) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(ledger))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            int headerRow = -1;
            for (Row row : sheet) {
                for (Cell c : row) {
                    if ("目标编号".equals(c.toString().strip())) {
                        headerRow = row.getRowNum();
                    }
                }
                if (headerRow >= 0) {
                    row.forEach(c -> columns.put(c.toString().strip(), c.getColumnIndex()));
                    break;
                }
            }
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(columns.get("目标编号")) != null
                        && target.equals(row.getCell(columns.get("目标编号")).toString().strip())) {
                    for (var e : cells.entrySet()) {
                        Integer col = columns.get(e.getKey());
                        if (col == null) {
                            throw new IllegalArgumentException("台账没有“" + e.getKey() + "”列: " + columns.keySet());
                        }
                        Cell c = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
                        if (e.getValue() instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                        } else {
                            c.setCellValue(e.getValue().toString());
                        }
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    book.write(out);
                    return out.toByteArray();
                }
            }
            throw new IllegalArgumentException("台账中没有目标 " + target);
        }
    }
}
