package cn.dunban.catalog;

/**
 * What a reported value means for a target, which decides the rules that apply to it.
 */
public enum Measure {
    /** 年内新增, 完成, 累计, 实施…: a report is the year-to-date amount; pace (时间过半、任务过半) applies. */
    CUMULATIVE,
    /** 达到 a level: a report is the level at its date; judged at the deadline. */
    LEVEL,
    /** 保持…以上: a floor that must hold at every report, not only at the deadline. */
    FLOOR,
    /** 增长/下降/提高 x%: a report is the rate in % (or 个百分点); judged at the deadline. */
    RATE,
    /** a dated commitment (MILESTONE) or a 清零 target (ZERO): judged by done / count. */
    EVENT
}
