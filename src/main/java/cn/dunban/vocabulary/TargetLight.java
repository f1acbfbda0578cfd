package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;

/** The light a target shows, as the status rules decided it: exactly one per target. */
public record TargetLight(Target target, Light light) {

    public String getTargetId() {
        return target.id();
    }
}
