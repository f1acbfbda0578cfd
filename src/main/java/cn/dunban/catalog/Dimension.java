package cn.dunban.catalog;

/** What a unit measures. Two units convert into each other only within one dimension. */
public enum Dimension {
    COUNT("个数"), PEOPLE("人数"), PERSON_TIMES("人次"), AREA("面积"), LENGTH("长度"), POWER("功率"),
    ELECTRICITY("电量"), ENERGY("能源消费量"), MASS("质量"), VOLUME("体积"), MONEY("金额"), FREIGHT("货运周转量"),
    CONTAINERS("集装箱"), PERCENT("百分比"), POINTS("百分点"), DURATION("时长");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
