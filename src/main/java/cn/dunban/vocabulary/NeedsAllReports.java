package cn.dunban.vocabulary;

/**
 * Derived by a rule that judges a goal at every report of its target, not only the one that counts (the
 * latest): the engine then puts the target's earlier reports into working memory, and the rule
 * {@code series-reading} pairs the goal with each of them ({@link SeriesReading}). Rules read
 * {@code SeriesReading}, not {@code Report}, for these targets.
 */
public record NeedsAllReports(Goal goal) {

    /** The target's id: what the engine loads the reports of, and what rules join on. */
    public String getTargetId() {
        return goal.target().id();
    }
}
