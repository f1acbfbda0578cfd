package cn.dunban.bench;

import java.util.Locale;

/**
 * How big a synthetic province the benchmark generates. One "copy" is the 16 cities of 山东 with their
 * counties and development zones (150 jurisdictions); {@code small} is one city of it, {@code large} ten copies.
 */
public enum Size {
    /** One city (济宁市) with its ten counties and two zones: 13 jurisdictions, about 4,700 targets. */
    SMALL(1, 1),
    /** A province: 16 cities, 110 counties, 24 zones; about 52,000 targets and 570,000 reports. */
    MEDIUM(16, 1),
    /** Ten provinces' worth: 1,500 jurisdictions, about 525,000 targets and 5.7 million reports. */
    LARGE(16, 10);

    private final int cities;
    private final int copies;

    Size(int cities, int copies) {
        this.cities = cities;
        this.copies = copies;
    }

    int cities() {
        return cities;
    }

    int copies() {
        return copies;
    }

    public static Size parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--size 只能是 small、medium 或 large，不是“" + s + "”");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
