package cn.dunban.vocabulary;

import java.util.Set;

/**
 * A reviewed correspondence between a lower plan's target and its parent plan's target for the same
 * indicator of the same year (上下级目标衔接), read from {@code cascade/mapping.json}; {@code reason} says
 * why they match. {@code kind} says what the parent's value is for the lower plan:
 * {@value #STANDARD} — a standard every part must reach on its own (100%, 标准提高幅度): a lower value makes
 * the parent's target unreachable; {@value #AVERAGE} — an average over the parts (每千人口托位数, 公办率):
 * a lower value is allowed if other parts do better, so it is a question to ask, not a contradiction.
 * Totals (新增多少家) are never linked: a part's total is a share of the whole, not comparable with it.
 */
public record TargetLink(String lower, String parent, String reason, String kind) {

    public static final String STANDARD = "标准";
    public static final String AVERAGE = "平均";
    public static final Set<String> KINDS = Set.of(STANDARD, AVERAGE);

    public boolean average() {
        return AVERAGE.equals(kind);
    }
}
