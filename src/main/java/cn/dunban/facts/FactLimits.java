package cn.dunban.facts;

/**
 * The bounds every value of a facts document must keep, wherever it came from (file, request, ledger,
 * stored row). None of them is a policy threshold: they keep a typo (a value in 元 where 亿元 was meant,
 * a pasted paragraph) from reaching the rules or the database, and say where it is. All are documented
 * defaults (docs/input-limits.md), not facts from the source documents.
 */
public final class FactLimits {

    /** Any number, in the unit it was given in: 10^15 (a 千万亿 — above China's GDP in 元). */
    public static final double MAX_MAGNITUDE = 1e15;

    /** A jurisdiction's GDP, in 亿元: 1,000,000 亿元 (100 万亿元, above any province; the nation's 2023 GDP was about 126 万亿元). */
    public static final double MAX_GDP_YI_YUAN = 1_000_000;

    /** A jurisdiction's energy, feedstock or coal consumption, in 万吨(标准煤): 1,000,000 (100 亿吨; the nation used about 57 亿吨标准煤 in 2023). */
    public static final double MAX_ENERGY_WAN_TONNES = 1_000_000;

    /** A replacement ratio (减量替代比例): 0 to 100 (the documents ask for 1:1 to 2:1). */
    public static final double MAX_RATIO = 100;

    /** Years a statistic may be for. */
    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;

    /** Task numbers: the documents number up to about 80 tasks. */
    public static final int MAX_TASK = 10_000;

    /** Text fields, in characters: as long as the database columns that keep them. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_ID = 64;
    public static final int MAX_UNIT = 32;

    private FactLimits() {
    }
}
