package cn.dunban.vocabulary;

/**
 * A target whose result is known from statistics rather than from a unit's report (e.g. the energy
 * intensity drop computed from a year's energy statistics): for the reporting rules it counts as reported.
 */
public record Measured(String target, String source) {
}
