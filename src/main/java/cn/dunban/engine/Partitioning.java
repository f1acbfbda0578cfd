package cn.dunban.engine;

import java.util.HashMap;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Project;
import cn.dunban.vocabulary.TargetLink;

/**
 * How a check splits into independent sessions, one per group of jurisdictions, fired in parallel on
 * {@code threads} threads. Rules only ever join facts of the same group, so a group must be closed
 * under every join the rules make: a city with its counties and zones is (its plans, the projects built
 * in it, its energy statistics, a county's targets beside its city's for cascades); a lone county may
 * not be. Facts with no jurisdiction go to the group {@code ""}.
 */
public record Partitioning(Map<String, String> groups, int threads) {

    public Partitioning {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        groups = groups == null ? null : Map.copyOf(groups);
    }

    /** One session for everything, on the calling thread. */
    public static Partitioning none() {
        return new Partitioning(null, 1);
    }

    /**
     * One session per group: {@code groups} maps a jurisdiction to its group (a county to its city);
     * a jurisdiction it does not name is a group of its own.
     */
    public static Partitioning byGroup(Map<String, String> groups, int threads) {
        return new Partitioning(groups, threads);
    }

    /**
     * Groups closed under the joins today's rules make across jurisdictions, read off the data rather than
     * known in advance: a target link (cascade) puts the lower target's jurisdiction with its parent's, and a
     * project puts its county with its city (the clauses of either bind it). Everything else the rules join
     * (reports, assignments, goals, energy statistics) stays within one jurisdiction. With the shipped rules and
     * catalog this gives 济宁市 with 兖州区 and 济宁经济技术开发区, and 菏泽市 alone; a generated province, one
     * group per city. A group is named after its member with the most targets.
     */
    public static Partitioning closedOver(Catalog catalog, Rulebase rulebase, Facts facts, int threads) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        for (Target t : catalog.targets()) {
            size.merge(t.jurisdiction(), 1, Integer::sum);
            find(parent, t.jurisdiction());
        }
        for (TargetLink l : rulebase.links()) {
            var lower = catalog.target(l.lower());
            var upper = catalog.target(l.parent());
            if (lower.isPresent() && upper.isPresent()) {
                union(parent, lower.get().jurisdiction(), upper.get().jurisdiction());
            }
        }
        for (Project p : facts.projects()) {
            if (p.jurisdiction() != null && p.county() != null) {
                union(parent, p.jurisdiction(), p.county());
            }
        }
        Map<String, String> name = new HashMap<>();
        for (String j : parent.keySet()) {
            name.merge(find(parent, j), j, (a, b) -> {
                int c = Integer.compare(size.getOrDefault(a, 0), size.getOrDefault(b, 0));
                return c > 0 || (c == 0 && a.compareTo(b) < 0) ? a : b;
            });
        }
        Map<String, String> groups = new HashMap<>();
        parent.keySet().forEach(j -> groups.put(j, name.get(find(parent, j))));
        return byGroup(groups, threads);
    }

    private static String find(Map<String, String> parent, String j) {
        String p = parent.computeIfAbsent(j, k -> k);
        while (!p.equals(parent.get(p))) {
            String up = parent.get(p);
            parent.put(p, parent.get(up));
            p = up;
        }
        parent.put(j, p);
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    public boolean isSingle() {
        return groups == null;
    }

    /** The group a jurisdiction's facts go to. */
    public String group(String jurisdiction) {
        if (groups == null || jurisdiction == null) {
            return "";
        }
        return groups.getOrDefault(jurisdiction, jurisdiction);
    }
}
