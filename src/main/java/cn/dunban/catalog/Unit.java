package cn.dunban.catalog;

/** A parsed unit: its dimension and how many base units one of it is (万人 = 10,000 人). */
public record Unit(String name, Dimension dimension, double factor) {

    /** value in this unit, expressed in {@code other}; both must share a dimension. */
    public double convert(double value, Unit other) {
        if (other.dimension != dimension) {
            throw new IllegalArgumentException(name + " (" + dimension.label() + ") 不能换算为 " + other.name
                    + " (" + other.dimension.label() + ")");
        }
        return value * factor / other.factor;
    }
}
