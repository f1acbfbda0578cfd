package cn.dunban.engine;

import java.util.Map;

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
