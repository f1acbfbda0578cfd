package cn.dunban.scope;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scope that names something the catalog does not have; {@code problems} lists each with the field it
 * came from ({@code document}, {@code jurisdiction}, {@code unit}) and the names that would do.
 */
public class ScopeException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public ScopeException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
