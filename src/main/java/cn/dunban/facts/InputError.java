package cn.dunban.facts;

/**
 * One thing wrong with an input file, located by file, JSON field path and, where known, line and
 * column: {@code facts.json:7:18: reports[1].unit: unit-dimension: …}. A stable {@code code} lets
 * scripts tell kinds of error apart.
 */
public record InputError(String file, int line, int column, String field, String code, String message) {

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
