package cn.dunban.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog file that cannot be read, with every error found in it at once, each located the way an error in a
 * facts file is ({@code facts.InputError}): {@code file:line:column: field: code: message}, the line and column
 * where the JSON parser knows them.
 */
public class CatalogException extends RuntimeException {

    /** One error in a catalog file: where it is, which field, a stable code, and what is wrong, in Chinese. */
    public record Problem(String file, int line, int column, String field, String code, String message) {

        static Problem of(String file, String field, String code, String message) {
            return new Problem(file, 0, 0, field, code, message);
        }

        /** {@code file:line:column: field: code: message}, as facts' input errors print. */
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

    private final List<Problem> problems;

    public CatalogException(List<Problem> problems) {
        this(problems, null);
    }

    public CatalogException(List<Problem> problems, Throwable cause) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), cause);
        this.problems = List.copyOf(problems);
    }

    /** A problem with a catalog file or directory as a whole. */
    public CatalogException(String file, String code, String message, Throwable cause) {
        this(List.of(Problem.of(file, "", code, message)), cause);
    }

    public CatalogException(String file, String code, String message) {
        this(file, code, message, null);
    }

    public List<Problem> problems() {
        return problems;
    }
}
