package cn.dunban.web.page;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;

/**
 * What the board's filters chose: a jurisdiction, a document, a lead unit, a task (each optional), and
 * the choices the catalog offers for each given the others, for the drop-down lists.
 */
record Scope(String jurisdiction, String document, String unit, Integer task) {

    static Scope of(String jurisdiction, String document, String unit, Integer task) {
        return new Scope(blank(jurisdiction), blank(document), blank(unit), task);
    }

    boolean holds(Target t) {
        return (jurisdiction == null || jurisdiction.equals(t.jurisdiction()))
                && (document == null || document.equals(t.document()))
                && (unit == null || t.leadUnits().contains(unit))
                && (task == null || task == t.task());
    }

    List<Target> targets(Catalog catalog) {
        return catalog.targets().stream().filter(this::holds).toList();
    }

    static List<String> jurisdictions(Catalog catalog) {
        return List.copyOf(new TreeSet<>(catalog.documents().stream().map(Document::jurisdiction).toList()));
    }

    List<Document> documents(Catalog catalog) {
        return catalog.documents().stream().filter(d -> jurisdiction == null || jurisdiction.equals(d.jurisdiction()))
                .toList();
    }

    List<String> units(Catalog catalog) {
        return sorted(catalog.targets().stream()
                .filter(t -> (jurisdiction == null || jurisdiction.equals(t.jurisdiction()))
                        && (document == null || document.equals(t.document())))
                .flatMap(t -> t.leadUnits().stream()).toList());
    }

    List<Integer> tasks(Catalog catalog) {
        if (document == null) {
            return List.of();
        }
        return List.copyOf(new TreeSet<>(catalog.targets().stream().filter(t -> document.equals(t.document()))
                .map(Target::task).toList()));
    }

    private static List<String> sorted(Collection<String> names) {
        return List.copyOf(new TreeSet<>(names.stream().filter(Objects::nonNull).toList()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
