package cn.dunban.facts;

import java.util.List;

/**
 * The 五个减量替代 ratios a project reports (retired : new). Null where not reported: a required
 * ratio with no report counts as not met.
 */
public record Replacement(Double capacity, Double coal, Double energy, Double carbon, Double pollutant) {

    /** The five dimensions as the documents name them, in the documents' order. */
    public static final List<String> DIMENSIONS = List.of("产能", "煤耗", "能耗", "碳排放", "污染物排放");

    /** The ratio of one dimension named as the documents name it (产能、煤耗、能耗、碳排放、污染物排放). */
    public Double ratio(String dimension) {
        return switch (dimension) {
            case "产能" -> capacity;
            case "煤耗" -> coal;
            case "能耗" -> energy;
            case "碳排放" -> carbon;
            case "污染物排放" -> pollutant;
            default -> throw new IllegalArgumentException("“" + dimension + "”不是减量替代的维度（可用: " + DIMENSIONS + "）");
        };
    }
}
