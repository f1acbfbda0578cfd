package cn.dunban.vocabulary;

/**
 * A target's status light (红黄绿灯), most serious first. {@code GREY}: nothing due and nothing reported yet.
 * Which light a target gets is decided by the rules in {@code rules/status/}, never here.
 */
public enum Light {
    RED("红灯"), YELLOW("黄灯"), GREEN("绿灯"), GREY("灰灯");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
