package cn.dunban.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules directory did not compile; no check runs on a half rulebase. */
public class RulebaseException extends RuntimeException {

    private final List<RuleError> errors;

    public RulebaseException(List<RuleError> errors) {
        super(errors.size() + " 处规则错误:\n" + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
