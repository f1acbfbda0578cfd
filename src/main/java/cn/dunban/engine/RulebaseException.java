package cn.dunban.engine;

import java.util.List;
import java.util.stream.Collectors;

import cn.dunban.input.InputError;

/**
 * The rules directory did not compile; no check runs on a half rulebase. Not an {@code InputException}: the
 * rules are the service's own configuration, so a request that meets this is not the requester's mistake.
 */
public class RulebaseException extends RuntimeException {

    private final List<InputError> errors;

    public RulebaseException(List<InputError> errors) {
        super(errors.size() + " 处规则错误:\n" + errors.stream().map(InputError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
