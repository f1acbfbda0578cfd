package cn.dunban.facts;

/**
 * Where a value of a facts document was written, as the person who wrote it will look for it: a line
 * and column of a JSON file ({@code facts.json:7:18}), or a cell of a spreadsheet
 * ({@code 台账.xlsx!重点任务!C12}, with line 0).
 */
public record Place(String file, int line, int column) {

    public static Place file(String file) {
        return new Place(file, 0, 0);
    }

    /** A cell of a workbook: {@code FILE.xlsx!工作表!C12}. */
    public static Place cell(String file, String sheet, String cell) {
        return new Place(file + "!" + sheet + "!" + cell, 0, 0);
    }
}
