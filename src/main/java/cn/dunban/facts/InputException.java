package cn.dunban.facts;

import java.util.List;
import java.util.stream.Collectors;

/** Every error found in an input file, all at once. */
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
