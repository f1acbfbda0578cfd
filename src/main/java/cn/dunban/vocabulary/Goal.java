package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;

/**
 * The value a target must reach, wherever it comes from: the document itself, or an assignment
 * (省定, 市下达) for targets whose document gives none. Derived by the rules, never by Java.
 */
public record Goal(Target target, double value, Double valueMax, String unit, String source) {

    /**
     * The target's id, for rules to join reports on ({@code $id : targetId}): a direct read, where the
     * path {@code target.id} would be interpreted by MVEL each time the join's index is probed.
     */
    public String getTargetId() {
        return target.id();
    }
}
