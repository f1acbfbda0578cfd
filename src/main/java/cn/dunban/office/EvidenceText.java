package cn.dunban.office;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Units;
import cn.dunban.findings.Finding;

/**
 * A finding's evidence as a person reads it, in Chinese: {@code 报告值 98.5%　应达值 100%　数据截至 2023-12-31}.
 * The findings document keeps its machine keys ({@code reported}, {@code elapsed} …) for scripts; every list,
 * workbook, notice and page shows them through here: shares as percentages (0.7479 → 74.8%, 0.1 → 10%),
 * amounts with their unit, counts rounded to what they count (44.88家 → 约45家), yes/no as 是/否.
 */
public final class EvidenceText {

    /** One labelled value: "应达值" → "100%". */
    public record Item(String label, String value) {
        @Override
        public String toString() {
            return label + " " + value;
        }
    }

    /** Keys whose value is an amount in the evidence's {@code unit}. */
    private static final List<String> AMOUNTS = List.of("reported", "required", "expected", "lowerValue",
            "parentValue", "cut");
    /** Keys whose value is a share of 1, shown as a percentage. */
    private static final List<String> SHARES = List.of("elapsed", "tolerance");

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("reported", "报告值");
        LABELS.put("required", "应达值");
        LABELS.put("expected", "序时应完成");
        LABELS.put("elapsed", "时间进度");
        LABELS.put("tolerance", "容差");
        LABELS.put("asOf", "数据截至");
        LABELS.put("deadline", "完成时限");
        LABELS.put("done", "是否完成");
        LABELS.put("year", "年度");
        LABELS.put("intensity", "单位GDP能耗（吨标准煤/万元）");
        LABELS.put("baseIntensity", "上年同期单位GDP能耗（吨标准煤/万元）");
        LABELS.put("drop", "降低率");
        LABELS.put("renewableDeduction", "新增可再生能源扣除比例");
        LABELS.put("coal", "煤炭消费量（万吨）");
        LABELS.put("baseCoal", "上年同期煤炭消费量（万吨）");
        LABELS.put("cut", "压减量");
        LABELS.put("lower", "下级目标");
        LABELS.put("lowerValue", "下级目标值");
        LABELS.put("parent", "上级目标");
        LABELS.put("parentValue", "上级目标值");
        LABELS.put("parentText", "上级目标原文");
        LABELS.put("reason", "衔接依据");
        LABELS.put("kind", "上级数值的性质（标准或平均）");
        LABELS.put("dimension", "替代维度");
        LABELS.put("industry", "行业");
        LABELS.put("stage", "建设阶段");
        LABELS.put("county", "所在县区");
        LABELS.put("windowGuidance", "窗口指导");
        LABELS.put("energyReview", "节能审查");
        LABELS.put("chemical", "化工项目");
        LABELS.put("inChemicalPark", "位于认定化工园区");
        LABELS.put("threeHigh", "三高项目");
        LABELS.put("status", "参数核实状态");
    }

    private EvidenceText() {
    }

    /** The Chinese label of an evidence key; a key without one is shown as "其他（key）" rather than bare. */
    public static String label(String key) {
        String l = LABELS.get(key);
        return l != null ? l : "其他（" + key + "）";
    }

    public static boolean knows(String key) {
        return LABELS.containsKey(key);
    }

    /** The evidence as labelled values, in the finding's order; {@code unit} is folded into the amounts. */
    public static List<Item> items(Finding f) {
        Map<String, Object> ev = f.getEvidence();
        String unit = ev.get("unit") instanceof String u ? u : null;
        List<Item> out = new ArrayList<>();
        for (var e : ev.entrySet()) {
            String key = e.getKey();
            if (key.equals("unit")) {
                continue;
            }
            out.add(new Item(label(key), value(key, e.getValue(), unit)));
        }
        return out;
    }

    /** The evidence on one line: "报告值 98.5%　应达值 100%　数据截至 2023-12-31". */
    public static String line(Finding f) {
        return String.join("　", items(f).stream().map(Item::toString).toList());
    }

    private static String value(String key, Object v, String unit) {
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (SHARES.contains(key)) {
                return percent(d * 100);
            }
            if (key.equals("drop")) {
                return plain(d, 2) + "%";
            }
            if (key.equals("renewableDeduction")) {
                return percent(d * 100);
            }
            if (key.equals("year")) {
                return Long.toString(n.longValue());
            }
            if (AMOUNTS.contains(key)) {
                return amount(d, unit, key.equals("expected"));
            }
            return plain(d, 4);
        }
        return String.valueOf(v);
    }

    /** A percentage already in %, to one decimal: 74.79 → "74.8%", 100 → "100%". */
    public static String percent(Double pct) {
        return pct == null ? "" : plain(pct, 1) + "%";
    }

    /**
     * An amount with its unit, rounded to what it counts: 家, 个, 人 … are whole ("约45家" for a computed 44.88;
     * a reported 45 stays "45家"); 万人 keeps two decimals (hundreds of people); other units two decimals.
     */
    public static String amount(double value, String unit, boolean computed) {
        int decimals = Units.decimals(unit);
        String n = plain(value, decimals);
        boolean rounded = computed && BigDecimal.valueOf(value).compareTo(new BigDecimal(n)) != 0;
        return (rounded ? "约" : "") + n + (unit == null ? "" : unit);
    }

    private static String plain(double d, int decimals) {
        return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
