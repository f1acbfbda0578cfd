package cn.dunban.bench.baseline;

import java.util.List;
import java.util.Set;

import cn.dunban.findings.Finding;

/**
 * The plain-Java counterpart of one rule family in {@code rules/}: the same verdicts by hash joins over
 * the same data, with the same messages. {@link #rules()} names the rule ids (the {@code @id} of each
 * rule) whose findings this family reproduces, so that the identity check can say which family differs.
 * Adding a family to {@code rules/} means adding one class here and listing it in {@link Baseline#FAMILIES}.
 */
public interface Family {

    /** The folder under {@code rules/} this family mirrors, e.g. {@code floor}. */
    String name();

    /** The rule ids whose findings it produces. */
    Set<String> rules();

    void check(Data data, List<Finding> out);
}
