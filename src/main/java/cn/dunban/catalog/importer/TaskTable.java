package cn.dunban.catalog.importer;

import java.util.List;

/**
 * A key-task list as a table (任务分解表): its header cells and its rows, whatever file it came from.
 * {@code place} says where a row stands in the file, for the curator ("第12行", "表1第3行",
 * "任务表!B7"); a cell keeps the pieces of its text set in bold, which some tables use to mark the lead unit.
 */
public record TaskTable(String source, List<String> header, List<Row> rows, List<String> notes) {

    /** {@code notes}: what the reader had to assume about the whole table, for the curator. */
    public TaskTable {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public TaskTable(String source, List<String> header, List<Row> rows) {
        this(source, header, rows, List.of());
    }

    public record Row(String place, List<Cell> cells) {

        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }
    }

    public record Cell(String text, List<String> bold) {

        static final Cell EMPTY = new Cell("", List.of());

        public Cell {
            text = text == null ? "" : text.strip();
            bold = bold == null ? List.of() : List.copyOf(bold);
        }

        static Cell of(String text) {
            return new Cell(text, List.of());
        }
    }
}
