package cn.dunban.bench.baseline;

import java.util.List;
import java.util.Set;

import cn.dunban.findings.Finding;

/**
 * The plain-Java counterpart of one rule family in {@code rules/}: the same verdicts (severity, rule,
 * subject) by hash joins over the same data; its messages follow the rules' but are not compared, so policy
 * staff may reword theirs. {@link #rules()} names the rule ids (the {@code @id} of each rule) whose findings
 * this family reproduces, so that the identity check can say which family differs. A rule or family added
 * to {@code rules/} is reported as not covered until a class here reproduces it (listed in
 * {@link Baseline#FAMILIES}).
 */
public interface Family {

    /** The folder under {@code rules/} this family mirrors, e.g. {@code floor}. */
    String name();

    /** The rule ids whose findings it produces. */
    Set<String> rules();

    void check(Data data, List<Finding> out);
}
