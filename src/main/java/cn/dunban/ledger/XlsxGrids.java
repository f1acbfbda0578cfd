package cn.dunban.ledger;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.dunban.facts.Place;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/**
 * The visible sheets of an .xlsx workbook as grids. A date cell is a date; a number shown as a percentage
 * (98.5% is stored as 0.985) is the percentage the user typed; a formula is its last computed value. An
 * old .xls or an encrypted workbook is refused with what to do.
 */
final class XlsxGrids {

    private XlsxGrids() {
    }

    static List<Grid> read(byte[] bytes, String file) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw refused(file, "这是旧版 .xls 或加了密码的工作簿：请在 Excel/WPS 中去掉密码并另存为“Excel 工作簿 (.xlsx)”");
        }
        List<Grid> grids = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                    continue;
                }
                XSSFSheet sheet = wb.getSheetAt(s);
                String name = sheet.getSheetName();
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    List<Object> values = new ArrayList<>();
                    for (Cell cell : row) {
                        while (values.size() < cell.getColumnIndex()) {
                            values.add(null);
                        }
                        values.add(value(cell));
                    }
                    rows.add(values);
                }
                grids.add(new Grid(file, name, rows,
                        (r, c) -> Place.cell(file, name, CellReference.convertNumToColString(c) + (r + 1))));
            }
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw refused(file, "无法作为 Excel 工作簿 (.xlsx) 读取，文件可能已损坏或不是 .xlsx：请在 Excel/WPS 中另存为 .xlsx");
        }
        return grids;
    }

    private static Object value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate();
                }
                double v = cell.getNumericCellValue();
                String format = cell.getCellStyle().getDataFormatString();
                yield format != null && format.contains("%") && !format.contains("\"%\"") ? v * 100 : v;
            }
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s == null || s.isBlank() ? null : s.strip();
            }
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    private static InputException refused(String file, String message) {
        return new InputException(List.of(new InputError(file, 0, 0, "", "not-a-workbook", message)));
    }
}
