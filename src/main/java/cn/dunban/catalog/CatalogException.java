package cn.dunban.catalog;

import java.util.List;
import java.util.stream.Collectors;

import cn.dunban.input.InputError;

/**
 * A catalog file or directory that cannot be read, with every error found in it at once, each an {@link InputError}
 * like an error in a facts file: {@code file:line:column: field: code: message}, the line and column where the JSON
 * parser knows them.
 *
 * <p>Not an {@code InputException}, for the reason {@code engine.RulebaseException} is not one: the catalog is the
 * service's and the command line's own setup, read before any request, so the service must not answer it as a
 * requester's mistake (400 {@code invalid-input}) nor the command line print it as the facts' errors; it says
 * "目录文件有 N 处错误".
 */
public class CatalogException extends RuntimeException {

    private final List<InputError> problems;

    public CatalogException(List<InputError> problems) {
        this(problems, null);
    }

    public CatalogException(List<InputError> problems, Throwable cause) {
        super(problems.stream().map(InputError::toString).collect(Collectors.joining("\n")), cause);
        this.problems = List.copyOf(problems);
    }

    /** A problem with a catalog file or directory as a whole. */
    public CatalogException(String file, String code, String message, Throwable cause) {
        this(List.of(new InputError(file, 0, 0, "", code, message)), cause);
    }

    public CatalogException(String file, String code, String message) {
        this(file, code, message, null);
    }

    public List<InputError> problems() {
        return problems;
    }
}
