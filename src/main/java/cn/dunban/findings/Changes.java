package cn.dunban.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between an earlier check and a later one (本月比上月): findings that are new, resolved (办结) and
 * persisting. A finding is the same finding when its rule, subject type and subject are the same — not its message,
 * which carries this month's figures ("完成38家" becomes "完成41家" and it is still the same unmet target). A
 * persisting finding keeps both versions, so a page can show that its severity or figures moved.
 */
public record Changes(LocalDate sinceAsOf, LocalDate asOf, List<Finding> added, List<Finding> resolved,
        List<Persisting> persisting) {

    /** One finding present in both checks: as it was, and as it is. */
    public record Persisting(Finding before, Finding now) {

        public boolean severityChanged() {
            return before.getSeverity() != now.getSeverity();
        }
    }

    /** The changes of one jurisdiction·unit. */
    public record UnitChanges(UnitGroups.Group group, List<Finding> added, List<Finding> resolved,
            List<Persisting> persisting) {
    }

    /** The key two findings are the same finding by. */
    record Key(String rule, SubjectType subjectType, String subject) {
        static Key of(Finding f) {
            return new Key(f.getRule(), f.getSubjectType(), f.getSubject());
        }
    }

    public static Changes between(FindingsReport earlier, FindingsReport later) {
        Map<Key, Finding> before = new LinkedHashMap<>();
        earlier.findings().forEach(f -> before.putIfAbsent(Key.of(f), f));
        Map<Key, Finding> now = new LinkedHashMap<>();
        later.findings().forEach(f -> now.putIfAbsent(Key.of(f), f));
        List<Finding> added = new ArrayList<>();
        List<Persisting> persisting = new ArrayList<>();
        for (var e : now.entrySet()) {
            Finding old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getValue());
            } else {
                persisting.add(new Persisting(old, e.getValue()));
            }
        }
        List<Finding> resolved = before.entrySet().stream().filter(e -> !now.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new Changes(earlier.asOf(), later.asOf(), added, resolved, persisting);
    }

    /**
     * The changes cut by jurisdiction·unit as the supervision list is ({@link UnitGroups}): a new or persisting
     * finding under the units it names now, a resolved one under those it named.
     */
    public List<UnitChanges> byUnit() {
        return byUnit(java.util.Set.of());
    }

    /** The same for the given lead units only (all when empty). */
    public List<UnitChanges> byUnit(java.util.Collection<String> onlyUnits) {
        Map<UnitGroups.Group, List<Finding>> a = UnitGroups.of(new FindingsReport(asOf, "", added), onlyUnits);
        Map<UnitGroups.Group, List<Finding>> r = UnitGroups.of(new FindingsReport(sinceAsOf, "", resolved), onlyUnits);
        Map<Finding, Persisting> byNow = new LinkedHashMap<>();
        persisting.forEach(p -> byNow.put(p.now(), p));
        Map<UnitGroups.Group, List<Finding>> p = UnitGroups.of(new FindingsReport(asOf, "", new ArrayList<>(byNow.keySet())),
                onlyUnits);
        List<UnitGroups.Group> groups = new ArrayList<>();
        for (var m : List.of(a, r, p)) {
            m.keySet().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
        }
        groups.sort(java.util.Comparator.comparing(UnitGroups.Group::jurisdiction).thenComparing(UnitGroups.Group::unit));
        List<UnitChanges> out = new ArrayList<>();
        for (UnitGroups.Group g : groups) {
            out.add(new UnitChanges(g, a.getOrDefault(g, List.of()), r.getOrDefault(g, List.of()),
                    p.getOrDefault(g, List.of()).stream().map(byNow::get).toList()));
        }
        return out;
    }

    /** As JSON for the API (units: only those given, all when empty): counts, then per unit the new, resolved and persisting findings (docs/findings.md objects). */
    public Map<String, Object> toMap(java.util.Collection<String> onlyUnits) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sinceAsOf", sinceAsOf.toString());
        doc.put("asOf", asOf.toString());
        Map<String, Integer> summary = new LinkedHashMap<>();
        summary.put("new", added.size());
        summary.put("resolved", resolved.size());
        summary.put("persisting", persisting.size());
        doc.put("summary", summary);
        List<Map<String, Object>> units = new ArrayList<>();
        for (UnitChanges u : byUnit(onlyUnits)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("jurisdiction", u.group().jurisdiction());
            m.put("unit", u.group().unit());
            m.put("new", u.added().stream().map(JsonRenderer::finding).toList());
            m.put("resolved", u.resolved().stream().map(JsonRenderer::finding).toList());
            m.put("persisting", u.persisting().stream().map(x -> {
                Map<String, Object> pm = JsonRenderer.finding(x.now());
                pm.put("before", JsonRenderer.finding(x.before()));
                return pm;
            }).toList());
            units.add(m);
        }
        doc.put("units", units);
        return doc;
    }
}
