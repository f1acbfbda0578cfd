package cn.dunban.vocabulary;

/**
 * In working memory when a check is asked for status lights as well as findings (the {@code status}
 * command, {@code /api/status}). The status rules start from it, so a plain check — and a province's
 * benchmark — does not pay for lights nobody asked for.
 */
public record StatusRequest() {
}
