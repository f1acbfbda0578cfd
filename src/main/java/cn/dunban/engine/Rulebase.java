package cn.dunban.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import cn.dunban.input.InputError;
import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.vocabulary.TargetLink;

/**
 * A compiled rules directory: the KieBase, the parameters, control clauses and target links read beside
 * it, and a version (a hash of every rule file) that each check records; {@code digests} has each file's own
 * hash, so that a reload can say which files changed. Immutable: a reload builds a new
 * one beside it.
 */
public record Rulebase(Path directory, KieBase kieBase, List<Parameter> parameters, List<Clause> clauses,
        List<TargetLink> links, String version, List<String> files, List<InputError> warnings,
        Map<String, String> digests) {

    /** Everything read from the data files, inserted into every session beside the facts. */
    public List<Object> data() {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(clauses);
        all.addAll(links);
        return all;
    }
}
