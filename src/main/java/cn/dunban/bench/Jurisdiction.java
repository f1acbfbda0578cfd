package cn.dunban.bench;

/**
 * One synthetic jurisdiction: a city, a county (区/县) or a development zone. {@code code} is a
 * division-style code that prefixes its documents ({@code JN2023@370801}); {@code city} is the city it
 * belongs to (itself for a city), the unit a check partitions on.
 */
public record Jurisdiction(String name, String code, Kind kind, String city) {

    public enum Kind {
        CITY, COUNTY, ZONE
    }
}
