package cn.dunban.input;

import java.util.Comparator;

/**
 * One thing wrong with something a user gives dunban (a facts file or request body, a filled ledger, a catalog
 * file, a rules directory), located by file, field path and, where known, line and column:
 * {@code facts.json:7:18: reports[1].unit: unit-dimension: …}; a ledger's place is its cell
 * ({@code 台账.xlsx!重点任务!C12}) in {@code file}. A stable {@code code} lets scripts tell kinds of error apart;
 * each reader has codes of its own (the rules compiler's are in {@code engine.RuleErrors}). The one printed form of
 * a located error: every reader prints its errors this way, so a user reads them all alike.
 */
public record InputError(String file, int line, int column, String field, String code, String message) {

    /** In reading order: by file, then line, then column (errors at the same place keep the order they came in). */
    public static final Comparator<InputError> BY_PLACE = Comparator
            .comparing(InputError::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(InputError::line)
            .thenComparingInt(InputError::column);

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": ");
        if (field != null && !field.isEmpty()) {
            b.append(field).append(": ");
        }
        return b.append(code).append(": ").append(message).toString();
    }
}
