package cn.dunban.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

import cn.dunban.input.InputError;

/**
 * A rule that compiled but failed while a check ran it (its conclusion threw, or a condition could not be
 * evaluated), as an error coded {@value RuleErrors#FAILED} at the rule's {@code file:line} with a Chinese
 * message that names the rule: what a policy officer needs to find it, where an engineer would read a stack
 * trace.
 */
public final class RuleFailures {

    private static final Pattern RULE_IN_TEXT = Pattern.compile("[Rr]ule [\"“]?([^\"”\\]]+)[\"”]?");

    private RuleFailures() {
    }

    /** The failure as an error of the rule that threw, located in {@code rulebase}'s directory where it can be. */
    public static InputError describe(Throwable failure, Rulebase rulebase) {
        Rule rule = null;
        for (Throwable t = failure; t != null && rule == null; t = t.getCause()) {
            if (t instanceof ConsequenceException ce && ce.getMatch() != null) {
                rule = ce.getMatch().getRule();
            }
        }
        String cause = rootMessage(failure);
        if (rule == null) {
            String name = ruleNamed(failure);
            rule = name == null || rulebase == null ? null : findRule(rulebase, name);
            if (rule == null) {
                String dir = rulebase == null ? "" : rulebase.directory().toString();
                return RuleErrors.whole(dir, RuleErrors.FAILED, "规则运行出错：" + cause);
            }
        }
        String file = rulebase == null ? rule.getPackageName() : rulebase.directory().toString();
        int line = 0;
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null
                && rulebase != null) {
            Path path = rulebase.directory().resolve(impl.getResource().getSourcePath());
            file = path.toString();
            line = lineOf(path, rule.getName());
        }
        Object id = rule.getMetaData().get("id");
        return RuleErrors.at(file, line, line > 0 ? 1 : 0, RuleErrors.FAILED, "规则“" + rule.getName() + "”"
                + (id == null ? "" : "（" + id + "）") + "运行时出错：" + cause);
    }

    /** Whether the failure came from running the rules rather than from the facts or the machinery around them. */
    public static boolean fromRules(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException) {
                return true;
            }
            for (StackTraceElement e : t.getStackTrace()) {
                if (e.getClassName().startsWith("org.drools.") || e.getClassName().startsWith("org.mvel2.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (m == null ? t.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    private static String ruleNamed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = RULE_IN_TEXT.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    private static Rule findRule(Rulebase rulebase, String name) {
        for (var pkg : rulebase.kieBase().getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                if (r.getName().equals(name)) {
                    return r;
                }
            }
        }
        return null;
    }

    private static int lineOf(Path file, String ruleName) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("rule \"" + ruleName + "\"")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // the rule is still named; only its line is unknown
        }
        return 0;
    }
}
