package cn.dunban.ledger;

import java.util.List;

import cn.dunban.facts.Place;

/**
 * One sheet of a workbook, or one CSV file, as rows of cell values, however it was stored: a value is
 * null (blank), a {@code String}, a {@code Double}, a {@code java.time.LocalDate} or a {@code Boolean}.
 * {@link #at} names any cell, filled or not, as the user finds it ({@code 台账.xlsx!重点任务台账!M7},
 * {@code 台账.csv:7:13}).
 */
record Grid(String file, String sheet, List<List<Object>> rows, Cells cells) {

    interface Cells {
        Place at(int row, int column);
    }

    Object value(int row, int column) {
        if (row >= rows.size()) {
            return null;
        }
        List<Object> r = rows.get(row);
        return column < r.size() ? r.get(column) : null;
    }

    Place at(int row, int column) {
        return cells.at(row, column);
    }

    boolean blank(int row, int column) {
        Object v = value(row, column);
        return v == null || (v instanceof String s && s.isBlank());
    }

    int width(int row) {
        return row < rows.size() ? rows.get(row).size() : 0;
    }
}
