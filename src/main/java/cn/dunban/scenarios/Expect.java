package cn.dunban.scenarios;

import java.util.List;
import java.util.stream.Collectors;

import cn.dunban.findings.Finding;

/**
 * How a scenario says it failed, in the words of the people who wrote it: 预期 (what the scenario states)
 * and 实际 (what the check put on the supervision list for that subject), not a test library's English.
 */
final class Expect {

    private Expect() {
    }

    /** Fails with 预期/实际 unless {@code ok}; {@code actual} are the findings about the subject in question. */
    static void that(boolean ok, String expected, List<Finding> actual) {
        if (!ok) {
            throw new AssertionError("预期：" + expected + "\n实际：" + describe(actual));
        }
    }

    /** Fails with 预期/实际 unless {@code ok}; {@code actual} is said in words. */
    static void that(boolean ok, String expected, String actual) {
        if (!ok) {
            throw new AssertionError("预期：" + expected + "\n实际：" + actual);
        }
    }

    /** The findings as a supervision list reads them, one per line; “（无）” for none. */
    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "（无）";
        }
        return findings.size() + " 条\n" + findings.stream()
                .map(f -> "  " + f.getSeverity().label() + " " + f.getSubject() + " " + f.getRule() + " " + f.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
