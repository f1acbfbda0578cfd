package cn.dunban.ledger;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a ledger: a title, headers, locked cells the unit reads (grey) and unlocked cells it
 * fills (white), for text, numbers and dates. Locking only bites once the sheet is protected.
 */
final class SheetStyles {

    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle inputHeader;
    final CellStyle shown;
    final CellStyle shownDate;
    final CellStyle input;
    final CellStyle inputNumber;
    final CellStyle inputDate;

    SheetStyles(XSSFWorkbook wb) {
        short dateFormat = wb.createDataFormat().getFormat("yyyy-mm-dd");
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        note = wb.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.CENTER);

        header = box(wb, true);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        inputHeader = box(wb, true);
        inputHeader.cloneStyleFrom(header);
        inputHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());

        shown = box(wb, true);
        shown.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        shown.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        shownDate = box(wb, true);
        shownDate.cloneStyleFrom(shown);
        shownDate.setDataFormat(dateFormat);

        input = box(wb, false);
        inputNumber = box(wb, false);
        inputDate = box(wb, false);
        inputDate.setDataFormat(dateFormat);
    }

    CellStyle inputFor(CellKind kind) {
        return switch (kind) {
            case NUMBER, INTEGER -> inputNumber;
            case DATE -> inputDate;
            default -> input;
        };
    }

    private static CellStyle box(XSSFWorkbook wb, boolean locked) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        s.setLocked(locked);
        return s;
    }
}
