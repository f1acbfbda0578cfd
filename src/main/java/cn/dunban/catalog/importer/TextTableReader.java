package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a 任务分解表 that was flattened to text, in the three shapes it is found in: cells between
 * {@code |} (a Markdown or a web page's table), cells separated by tabs (copied from Word or Excel), and
 * one cell per line (a PDF or web page that lost the grid: the header's names one per line, then each
 * row's cells). The header is found by its names ({@link TableColumns}); rows of the one-cell-per-line
 * shape are told apart by their 序号 (1, 2, 3 …) when the table has that column, otherwise counted off.
 * A row that does not fit the header is kept with what it has; the importer reports it.
 */
final class TextTableReader {

    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\|?\\s*:?-{3,}.*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}[.．、]?");

    /** The tables in {@code text}; empty when it holds none (then it is prose: see DocumentImporter). */
    static List<TaskTable> read(String text, String source) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<TaskTable> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            List<String> pipe = pipeCells(lines[i]);
            List<String> tab = tabCells(lines[i]);
            if (pipe != null && TableColumns.isHeader(pipe)) {
                i = delimited(lines, i, source, out, true);
            } else if (tab != null && TableColumns.isHeader(tab)) {
                i = delimited(lines, i, source, out, false);
            } else {
                int k = headerRun(lines, i);
                if (k > 0) {
                    i = onePerLine(lines, i, k, source, out);
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    private static int delimited(String[] lines, int at, String source, List<TaskTable> out, boolean pipes) {
        List<String> header = pipes ? pipeCells(lines[at]) : tabCells(lines[at]);
        List<TaskTable.Row> rows = new ArrayList<>();
        int i = at + 1;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (pipes && SEPARATOR_ROW.matcher(line.strip()).matches()) {
                continue;
            }
            List<String> cells = pipes ? pipeCells(line) : tabCells(line);
            if (cells == null) {
                break; // the table has ended
            }
            rows.add(new TaskTable.Row("第" + (i + 1) + "行", cells.stream().map(TaskTable.Cell::of).toList()));
        }
        out.add(new TaskTable(source, header, rows));
        return i;
    }

    /** The length of a run of header names starting at {@code at}, one per line, or 0. */
    private static int headerRun(String[] lines, int at) {
        List<String> names = new ArrayList<>();
        for (int i = at; i < lines.length && names.size() < 12; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            if (TableColumns.role(t) == null || t.length() > 8) {
                break;
            }
            names.add(t);
        }
        return names.size() >= 3 && TableColumns.isHeader(names) ? names.size() : 0;
    }

    private static int onePerLine(String[] lines, int at, int k, String source, List<TaskTable> out) {
        List<String> header = new ArrayList<>();
        int i = at;
        while (header.size() < k) {
            if (!lines[i].isBlank()) {
                header.add(lines[i].strip());
            }
            i++;
        }
        int numberColumn = TableColumns.of(header).column(TableColumns.Role.NUMBER);
        List<TaskTable.Row> rows = new ArrayList<>();
        List<TaskTable.Cell> cells = new ArrayList<>();
        int first = -1;
        int expected = 1;
        for (; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean starts = numberColumn == 0 ? isNumber(t, expected) : cells.size() == k;
            if (starts && !cells.isEmpty()) {
                rows.add(new TaskTable.Row("第" + (first + 1) + "行", cells));
                cells = new ArrayList<>();
            }
            if (numberColumn == 0 && cells.isEmpty() && !isNumber(t, expected)) {
                break; // past the table: text that does not start the next numbered row
            }
            if (cells.isEmpty()) {
                first = i;
                if (numberColumn == 0) {
                    expected++;
                }
            }
            cells.add(TaskTable.Cell.of(t));
        }
        if (!cells.isEmpty()) {
            rows.add(new TaskTable.Row("第" + (first + 1) + "行", cells));
        }
        List<String> notes = numberColumn == 0 ? List.of() : List.of("第" + (at + 1) + "行起的表格一格一行、没有序号列，按每"
                + k + "格一行读取：缺一格会使其后的行错位，请逐行核对");
        out.add(new TaskTable(source, header, rows, notes));
        return i;
    }

    private static boolean isNumber(String t, int expected) {
        return NUMBER.matcher(t).matches() && Integer.parseInt(t.replaceAll("[.．、]", "")) == expected;
    }

    /** The cells of a {@code |} line, or null if the line is not one. */
    private static List<String> pipeCells(String line) {
        String t = line.strip();
        if (t.chars().filter(c -> c == '|').count() < 2) {
            return null;
        }
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        return Arrays.stream(t.split("\\|", -1)).map(String::strip).toList();
    }

    /** The cells of a tab-separated line, or null if the line has no tab. */
    private static List<String> tabCells(String line) {
        if (line.indexOf('\t') < 0) {
            return null;
        }
        return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
    }
}
