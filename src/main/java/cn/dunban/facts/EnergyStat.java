package cn.dunban.facts;

/**
 * A jurisdiction's energy statistics for a year, normalised on input: {@code gdp} in 亿元 at constant
 * prices, {@code energy} and the exclusions in 万吨标准煤.
 */
public record EnergyStat(String jurisdiction, int year, double gdp, double energy, double renewableExcluded,
        double feedstockExcluded) {
}
