package cn.dunban.engine;

/**
 * Derived by a rule that reads every report of a target, not only the one that counts (the latest):
 * the engine then puts the target's earlier reports into working memory too. A rule that matches
 * {@code Report} without {@code latest} must make sure this fact exists for the targets it looks at;
 * without it, it sees the latest report only.
 */
public record NeedsAllReports(String target) {
}
