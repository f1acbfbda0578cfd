package cn.dunban.bench;

import java.util.List;

/**
 * One synthetic jurisdiction: a city, a county (区/县) or a development zone. {@code code} is a
 * division-style code that prefixes its documents ({@code JN2023@370801}); {@code city} is the city it
 * belongs to (itself for a city), the unit a check partitions on; {@code plans} are the codes of the real
 * documents its plans are cloned from.
 */
public record Jurisdiction(String name, String code, Kind kind, String city, List<String> plans) {

    /** The id of this jurisdiction's clone of a real document's target, clause …: JN2023-12-3 → JN2023@3708-12-3. */
    public String cloneId(String realId, String document) {
        return document + "@" + code + realId.substring(document.length());
    }

    public enum Kind {
        CITY, COUNTY, ZONE
    }
}
