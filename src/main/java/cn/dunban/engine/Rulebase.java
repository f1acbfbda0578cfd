package cn.dunban.engine;

import java.nio.file.Path;
import java.util.List;

import org.kie.api.KieBase;

/**
 * A compiled rules directory: the KieBase, the parameters read beside it, and a version (a hash of
 * every rule file) that each check records. Immutable: a reload builds a new one beside it.
 */
public record Rulebase(Path directory, KieBase kieBase, List<Parameter> parameters, String version,
        List<String> files, List<RuleError> warnings) {
}
