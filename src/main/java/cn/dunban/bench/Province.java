package cn.dunban.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;

/**
 * A generated province: every jurisdiction's plans as one catalog, a year of reports per plan, 两高
 * projects and energy statistics as one facts document, and the date the check is made as of.
 */
public record Province(Size size, long seed, List<Jurisdiction> jurisdictions, Catalog catalog, Facts facts,
        LocalDate asOf) {

    /** Jurisdiction name → the city it belongs to: what {@code Partitioning.byKey} groups a check by. */
    public Map<String, String> cityOf() {
        Map<String, String> m = new HashMap<>();
        jurisdictions.forEach(j -> m.put(j.name(), j.city()));
        return m;
    }
}
