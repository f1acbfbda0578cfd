package cn.dunban.vocabulary;

/**
 * A reviewed correspondence between a lower plan's target and its parent plan's target for the same
 * indicator (上下级目标衔接), read from {@code cascade/mapping.json}; {@code reason} says why they match.
 */
public record TargetLink(String lower, String parent, String reason) {
}
