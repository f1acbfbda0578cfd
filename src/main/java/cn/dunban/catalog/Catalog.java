package cn.dunban.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The targets of one or more documents, indexed by id and by (document, task). */
public final class Catalog {

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Target> byId = new LinkedHashMap<>();
    private final Map<String, List<Target>> byTask = new LinkedHashMap<>();

    public Catalog(List<Document> documents, List<Target> targets) {
        documents.forEach(d -> this.documents.put(d.code(), d));
        for (Target t : targets) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("目标编号重复: " + t.id());
            }
            byTask.computeIfAbsent(taskKey(t.document(), t.task()), k -> new ArrayList<>()).add(t);
        }
    }

    public List<Document> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<Document> document(String code) {
        return Optional.ofNullable(documents.get(code));
    }

    public java.util.Collection<Target> targets() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public Optional<Target> target(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The targets of one numbered task, in reading order; empty if the task has none. */
    public List<Target> task(String document, int task) {
        return byTask.getOrDefault(taskKey(document, task), List.of());
    }

    public int size() {
        return byId.size();
    }

    private static String taskKey(String document, int task) {
        return document + "#" + task;
    }
}
