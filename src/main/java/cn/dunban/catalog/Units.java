package cn.dunban.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that knows units: base units by dimension, and the Chinese magnitude prefixes
 * (十, 百, 千, 万, 亿) that multiply them. 万千瓦 is 万 × 千瓦, 亿元 is 亿 × 元, 万吨标准煤 is 万 × 吨标准煤.
 * Count nouns (家, 个, 项 …) are one dimension: a report of "5个" against "5家" is the same count.
 */
public final class Units {

    private static final Map<String, Unit> BASE = new LinkedHashMap<>();
    private static final Map<Character, Double> MAGNITUDE = Map.of('十', 1e1, '百', 1e2, '千', 1e3, '万', 1e4, '亿', 1e8);

    static {
        for (String noun : new String[] {"个", "家", "项", "座", "所", "处", "台", "条", "只", "艘", "辆", "套", "件",
                "名", "位", "张", "栋", "户", "盏", "根", "场", "次", "批", "块", "支", "部", "篇", "例", "片", "种",
                "类", "级", "层", "间", "宗", "笔", "口", "眼", "架", "趟", "班", "列", "单", "份", "门", "轮",
                "村", "镇", "街道", "头", "株"}) {
            base(noun, Dimension.COUNT, 1);
        }
        base("人", Dimension.PEOPLE, 1);
        base("人次", Dimension.PERSON_TIMES, 1);
        base("平方米", Dimension.AREA, 1);
        base("㎡", Dimension.AREA, 1);
        base("亩", Dimension.AREA, 666.6667);
        // 亩次: area served, counted once per operation (社会化服务规模 "800万亩次"); reported in the same unit
        base("亩次", Dimension.AREA, 666.6667);
        base("公顷", Dimension.AREA, 10_000);
        base("平方公里", Dimension.AREA, 1_000_000);
        base("平方千米", Dimension.AREA, 1_000_000);
        base("米", Dimension.LENGTH, 1);
        base("公里", Dimension.LENGTH, 1000);
        base("千米", Dimension.LENGTH, 1000);
        base("瓦", Dimension.POWER, 1);
        base("千瓦", Dimension.POWER, 1e3);
        base("兆瓦", Dimension.POWER, 1e6);
        base("千瓦时", Dimension.ELECTRICITY, 1);
        base("度", Dimension.ELECTRICITY, 1);
        base("吨标准煤", Dimension.ENERGY, 1);
        base("吨标煤", Dimension.ENERGY, 1);
        base("吨", Dimension.MASS, 1000);
        base("千克", Dimension.MASS, 1);
        base("公斤", Dimension.MASS, 1);
        base("斤", Dimension.MASS, 0.5);
        base("立方米", Dimension.VOLUME, 1);
        base("方", Dimension.VOLUME, 1);
        base("吨公里", Dimension.FREIGHT, 1);
        base("元", Dimension.MONEY, 1);
        base("美元", Dimension.MONEY, 1);
        base("标箱", Dimension.CONTAINERS, 1);
        base("TEU", Dimension.CONTAINERS, 1);
        base("%", Dimension.PERCENT, 1);
        base("％", Dimension.PERCENT, 1);
        base("‰", Dimension.PERCENT, 0.1);
        base("个百分点", Dimension.POINTS, 1);
        base("百分点", Dimension.POINTS, 1);
        base("天", Dimension.DURATION, 1);
        base("日", Dimension.DURATION, 1);
        base("小时", Dimension.DURATION, 1.0 / 24);
        base("年", Dimension.DURATION, 365);
    }

    private Units() {
    }

    private static void base(String name, Dimension dimension, double factor) {
        BASE.put(name, new Unit(name, dimension, factor));
    }

    /**
     * Parses a unit such as 万人, 亿元, 万千瓦 or %. The longest base unit that ends the name wins;
     * what stands before it must be magnitude prefixes only. Empty for an unknown unit.
     */
    public static Optional<Unit> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = raw.strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Unit best = null;
        for (Unit unit : BASE.values()) {
            if (name.endsWith(unit.name()) && (best == null || unit.name().length() > best.name().length())) {
                String prefix = name.substring(0, name.length() - unit.name().length());
                if (magnitude(prefix) != null) {
                    best = unit;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double m = magnitude(name.substring(0, name.length() - best.name().length()));
        return Optional.of(new Unit(name, best.dimension(), best.factor() * m));
    }

    /**
     * How many decimals an amount in {@code unit} is worth showing: things counted one by one (家, 个, 人, 人次,
     * 标箱) are whole, so a computed 44.88家 reads 约45家; 万人 keeps two (hundreds of people); any other unit,
     * or none, two.
     */
    public static int decimals(String unit) {
        Optional<Unit> u = unit == null ? Optional.empty() : parse(unit);
        if (u.isEmpty()) {
            return 2;
        }
        Dimension d = u.get().dimension();
        boolean counted = d == Dimension.COUNT || d == Dimension.PEOPLE || d == Dimension.PERSON_TIMES
                || d == Dimension.CONTAINERS;
        if (!counted) {
            return 2;
        }
        int magnitude = (int) Math.round(Math.log10(u.get().factor()));
        return Math.max(0, Math.min(2, magnitude));
    }

    /**
     * The units a person may write for a quantity of {@code dimension}, for a drop-down list: each base
     * unit, and with 万 and 亿 where a magnitude is usual for it (万人, 亿元, 万吨标准煤). Every name parses.
     */
    public static List<String> names(Dimension dimension) {
        List<String> out = new ArrayList<>();
        for (Unit u : BASE.values()) {
            if (u.dimension() != dimension) {
                continue;
            }
            out.add(u.name());
            boolean scalable = switch (dimension) {
                case PERCENT, POINTS, DURATION -> false;
                default -> !u.name().startsWith("千") && !u.name().startsWith("兆") && !u.name().equals("㎡");
            };
            if (scalable) {
                out.add("万" + u.name());
                if (dimension == Dimension.MONEY || dimension == Dimension.ELECTRICITY || dimension == Dimension.FREIGHT) {
                    out.add("亿" + u.name());
                }
            }
        }
        if (dimension == Dimension.POWER) {
            out.add("万千瓦");
        }
        if (dimension == Dimension.ELECTRICITY) {
            out.add("万千瓦时");
            out.add("亿千瓦时");
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** Converts {@code value} from one unit to another; throws with a plain message when that is impossible. */
    public static double convert(double value, String from, String to) {
        Unit a = parse(from).orElseThrow(() -> new IllegalArgumentException("未知单位“" + from + "”"));
        Unit b = parse(to).orElseThrow(() -> new IllegalArgumentException("未知单位“" + to + "”"));
        return a.convert(value, b);
    }

    private static Double magnitude(String prefix) {
        double m = 1;
        for (char c : prefix.toCharArray()) {
            Double f = MAGNITUDE.get(c);
            if (f == null) {
                return null;
            }
            m *= f;
        }
        return m;
    }
}
