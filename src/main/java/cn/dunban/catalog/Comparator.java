package cn.dunban.catalog;

/**
 * How a target's value is read. Follows the Civil Code's reading (《民法典》第1259条):
 * 以上/以下/以内 include the number itself, 超过/不满 do not.
 */
public enum Comparator {
    /** 以上, 不低于, 不少于, 达到, 保持在…以上 */
    GE,
    /** 超过, 突破 */
    GT,
    /** 以内, 控制在, 不超过, 以下 */
    LE,
    /** 不满, 低于 */
    LT,
    /** 左右 — tolerance is a rule parameter */
    APPROX,
    /** 1—3个百分点: value is the low end, valueMax the high end */
    RANGE,
    /** 清零, 全面消除, 不发生 */
    ZERO,
    /** a dated event: 获批, 建成, 投产, 通航 … */
    MILESTONE
}
