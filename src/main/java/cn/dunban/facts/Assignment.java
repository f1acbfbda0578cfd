package cn.dunban.facts;

/** A value set elsewhere (省定, 市下达) for a target whose document gives none, in {@code unit}. */
public record Assignment(String target, double value, String unit, String source) {
}
