package cn.dunban.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error found in what a user sent with a request or a command (a facts file or request body, a filled
 * ledger), all at once, so one round of corrections fixes them all: the service refuses the request (400), the
 * command line exits with status 2. The rules directory and the catalog are the service's own setup, not a
 * request's, so their {@link InputError}s come in exceptions of their own ({@code engine.RulebaseException},
 * {@code catalog.CatalogException}).
 */
public class InputException extends RuntimeException {

    private final List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
