package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;

/**
 * One reason a target should show a light ("违规 → 红灯", "落后序时进度4.2% → 黄灯"); a target may have several.
 * The status rules derive them and then give each target the most serious one's light; the reasons are shown
 * beside the light.
 */
public record Signal(Target target, Light light, String reason) {

    public String getTargetId() {
        return target.id();
    }

    public Light getLight() {
        return light;
    }
}
