package cn.dunban.facts;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Quantities;
import cn.dunban.catalog.Target;
import tools.jackson.databind.JsonNode;

/**
 * Finds the target a report or assignment speaks of: by {@code target} id, or by {@code document} +
 * {@code task} + {@code indicator}, where the indicator is a piece of the target's indicator name or of
 * its verbatim text that picks exactly one target of the task. The one place that does this.
 */
final class TargetResolver {

    private final Catalog catalog;

    TargetResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    Optional<Target> resolve(FactsReader.Walk w, JsonNode n, String path) {
        if (n.has("target")) {
            String id = w.text(n, "target", path + ".target", FactLimits.MAX_ID);
            if (id == null) {
                return Optional.empty();
            }
            Optional<Target> t = catalog.target(id);
            if (t.isEmpty()) {
                w.error(path + ".target", "unknown-target", "目录中没有目标“" + id + "”" + hint(id));
            }
            return t;
        }
        List<String> missing = java.util.stream.Stream.of("document", "task", "indicator").filter(f -> !n.has(f)).toList();
        if (!missing.isEmpty()) {
            w.error(path, "missing-field", "应给出 target（目标编号），或 document + task + indicator；缺少 "
                    + String.join("、", missing));
        }
        String document = w.text(n, "document", path + ".document", FactLimits.MAX_ID);
        Integer task = w.integer(n, "task", path + ".task", 0, FactLimits.MAX_TASK);
        String indicator = w.text(n, "indicator", path + ".indicator");
        if (document == null || task == null || indicator == null) {
            return Optional.empty();
        }
        if (catalog.document(document).isEmpty()) {
            w.error(path + ".document", "unknown-document", "未知文件代码“" + document + "”（可用: "
                    + catalog.documents().stream().map(d -> d.code()).collect(Collectors.joining(", ")) + "）");
            return Optional.empty();
        }
        List<Target> inTask = catalog.task(document, task);
        if (inTask.isEmpty()) {
            w.error(path + ".task", "unknown-task", document + " 第" + task + "项任务没有可考核的目标");
            return Optional.empty();
        }
        // Most specific first: the indicator name itself, then a piece of it, then a piece of the clause
        // (several targets of one task may share a clause, e.g. "完成省定能耗强度降低和煤炭消费压减任务").
        String q = Quantities.squeeze(indicator);
        List<Target> matches = List.of();
        for (java.util.function.Predicate<Target> level : List.<java.util.function.Predicate<Target>>of(
                t -> Quantities.squeeze(t.indicator()).equals(q),
                t -> Quantities.squeeze(t.indicator()).contains(q),
                t -> Quantities.squeeze(t.text()).contains(q))) {
            matches = inTask.stream().filter(level).toList();
            if (!matches.isEmpty()) {
                break;
            }
        }
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        if (matches.isEmpty()) {
            w.error(path + ".indicator", "unknown-indicator", document + " 第" + task + "项任务中没有与“" + indicator
                    + "”匹配的目标；该任务的目标有: " + list(inTask));
        } else {
            w.error(path + ".indicator", "ambiguous-indicator", "“" + indicator + "”在 " + document + " 第" + task
                    + "项任务中匹配到" + matches.size() + "个目标，请写得更具体或改用 target 编号；候选: " + list(matches));
        }
        return Optional.empty();
    }

    private String hint(String id) {
        int cut = id.lastIndexOf('-');
        if (cut < 0) {
            return "";
        }
        String prefix = id.substring(0, cut + 1);
        List<Target> near = catalog.targets().stream().filter(t -> t.id().startsWith(prefix)).toList();
        return near.isEmpty() ? "" : "；同一任务的目标有: " + list(near);
    }

    private static String list(List<Target> targets) {
        return targets.stream().map(t -> t.id() + "（" + t.indicator() + "）").collect(Collectors.joining("、"));
    }
}
