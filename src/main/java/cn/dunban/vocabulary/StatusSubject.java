package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;

/**
 * A target the status rules are to give a light, derived once per target when a {@link StatusRequest} is in working
 * memory; {@code reported}: it has a report that counts, or its result was computed from statistics
 * ({@link Measured}). The other status rules join on this fact rather than on every target and report, so that a
 * plain check — where no such fact exists — holds nothing extra for them.
 */
public record StatusSubject(Target target, boolean reported) {

    public String getTargetId() {
        return target.id();
    }

    public boolean isReported() {
        return reported;
    }
}
