package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;

/**
 * A target that is a hard line (100% coverage, 全覆盖): judged at every report by its own family, so the
 * generic deadline and floor rules leave it alone and one breach gives one finding. Derived by the rules,
 * with the goal it holds to.
 */
public record HardLine(Target target, Goal goal) {

    public String getTargetId() {
        return target.id();
    }

    /** The goal's value (应达值). */
    public double getRequired() {
        return goal.value();
    }
}
