package cn.dunban.engine;

/**
 * A rule file that does not compile, located as {@code file:line:column}. Drools leaves the
 * column at 0 for parser errors and writes it into the text ("Line 5:26 …"), so it is read from there.
 */
public record RuleError(String file, int line, int column, String message) implements Comparable<RuleError> {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(RuleError o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
