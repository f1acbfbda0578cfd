package cn.dunban.web.page;

import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;

/**
 * What the board's filters chose — a jurisdiction, a document, a lead unit, a task, a light (each optional) —
 * and the choices the catalog offers for each given the others, for the drop-down lists. Which targets are
 * in scope is {@link cn.dunban.scope.Scope}'s to decide; this only fills the forms.
 */
record Choices(String jurisdiction, String document, String unit, Integer task, String light) {

    static Choices of(String jurisdiction, String document, String unit, Integer task, String light) {
        return new Choices(blank(jurisdiction), blank(document), blank(unit), task, blank(light));
    }

    static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    static List<String> jurisdictions(Catalog catalog) {
        return sorted(catalog.documents().stream().map(Document::jurisdiction).toList());
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

    /** In the order of 汉语拼音, as Chinese lists are read. */
    private static List<String> sorted(Collection<String> names) {
        TreeSet<String> set = new TreeSet<>(Collator.getInstance(Locale.CHINA));
        names.stream().filter(Objects::nonNull).forEach(set::add);
        return List.copyOf(set);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
