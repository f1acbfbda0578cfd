package cn.dunban.facts;

/**
 * The 五个减量替代 ratios a project reports (retired : new). Null where not reported: a required
 * ratio with no report counts as not met.
 */
public record Replacement(Double capacity, Double coal, Double energy, Double carbon, Double pollutant) {
}
