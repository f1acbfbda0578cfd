package cn.dunban.facts;

import java.util.Comparator;

/**
 * One thing wrong with an input file, located by file, JSON field path and, where known, line and
 * column: {@code facts.json:7:18: reports[1].unit: unit-dimension: …}. A stable {@code code} lets
 * scripts tell kinds of error apart. Rule files are input too: the rules compiler reports its errors in this
 * form, with codes of its own.
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
