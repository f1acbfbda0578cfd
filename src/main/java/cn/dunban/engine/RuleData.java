package cn.dunban.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.TargetLink;

/**
 * The rules directory's data (parameters, control clauses, target links) as each group's session gets it:
 * a clause only in the group of its jurisdiction, a link only in the group of its lower target, parameters
 * everywhere. A province's clauses and links are per jurisdiction; a session holds only its own.
 */
final class RuleData {

    private final List<Object> common = new ArrayList<>();
    private final Map<String, List<Object>> byGroup = new HashMap<>();

    RuleData(Rulebase rulebase, Catalog catalog, Partitioning partitioning) {
        if (partitioning.isSingle()) {
            common.addAll(rulebase.data());
            return;
        }
        common.addAll(rulebase.parameters());
        for (Clause c : rulebase.clauses()) {
            byGroup.computeIfAbsent(partitioning.group(c.jurisdiction()), k -> new ArrayList<>()).add(c);
        }
        for (TargetLink l : rulebase.links()) {
            var lower = catalog.target(l.lower());
            if (lower.isPresent()) {
                byGroup.computeIfAbsent(partitioning.group(lower.get().jurisdiction()), k -> new ArrayList<>()).add(l);
            } else {
                common.add(l);
            }
        }
    }

    List<Object> of(String group) {
        List<Object> out = new ArrayList<>(common);
        out.addAll(byGroup.getOrDefault(group, List.of()));
        return out;
    }
}
