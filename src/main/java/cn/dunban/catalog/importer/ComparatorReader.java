package cn.dunban.catalog.importer;

import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Comparator;

/**
 * Reads how a number is bounded, by the Civil Code's reading of the wording (docs/catalog.md,
 * 《民法典》第1259条): 以上/不低于/不少于/达到 GE, 超过/突破 GT, 以内/以下/控制在/不超过 LE, 不满/低于 LT,
 * 左右/约 APPROX. A word right after the number ("以上", "左右") is the most specific statement and wins
 * over one before it ("突破1000家以上" reads GE). A bare number ("国家高新技术企业400家") is GE.
 */
final class ComparatorReader {

    /** Suffixes, longest first. */
    private static final List<Map.Entry<String, Comparator>> SUFFIX = List.of(
            Map.entry("（含）以上", Comparator.GE), Map.entry("(含)以上", Comparator.GE),
            Map.entry("及以上", Comparator.GE), Map.entry("以上", Comparator.GE),
            Map.entry("及以下", Comparator.LE), Map.entry("以下", Comparator.LE),
            Map.entry("以内", Comparator.LE), Map.entry("之内", Comparator.LE),
            Map.entry("左右", Comparator.APPROX), Map.entry("上下", Comparator.APPROX));

    /** Words immediately before the number, longest first so that 不低于 is not read as 低于. */
    private static final List<Map.Entry<String, Comparator>> PREFIX = List.of(
            Map.entry("不低于", Comparator.GE), Map.entry("不少于", Comparator.GE), Map.entry("不小于", Comparator.GE),
            Map.entry("不超过", Comparator.LE), Map.entry("不高于", Comparator.LE), Map.entry("不多于", Comparator.LE),
            Map.entry("不大于", Comparator.LE), Map.entry("控制在", Comparator.LE),
            Map.entry("保持在", Comparator.GE), Map.entry("稳定在", Comparator.GE), Map.entry("维持在", Comparator.GE),
            Map.entry("提高到", Comparator.GE), Map.entry("提高至", Comparator.GE), Map.entry("提升到", Comparator.GE),
            Map.entry("提升至", Comparator.GE), Map.entry("增加到", Comparator.GE), Map.entry("增加至", Comparator.GE),
            Map.entry("不满", Comparator.LT), Map.entry("不足", Comparator.LT),
            Map.entry("超过", Comparator.GT), Map.entry("突破", Comparator.GT), Map.entry("高于", Comparator.GT),
            Map.entry("多于", Comparator.GT), Map.entry("大于", Comparator.GT),
            Map.entry("低于", Comparator.LT), Map.entry("少于", Comparator.LT), Map.entry("小于", Comparator.LT),
            Map.entry("大约", Comparator.APPROX), Map.entry("约", Comparator.APPROX),
            Map.entry("达到", Comparator.GE), Map.entry("增至", Comparator.GE), Map.entry("至少", Comparator.GE),
            Map.entry("保持", Comparator.GE), Map.entry("达", Comparator.GE));

    /** Words that bound a number from a distance: "至少建成运行1座". */
    private static final List<String> DISTANT_GE = List.of("至少", "不少于", "不低于");

    /**
     * The comparator of a quantity: {@code before} is the clause text before the number, {@code after}
     * the text after its unit.
     */
    Comparator read(String before, String after, boolean range) {
        if (range) {
            return Comparator.RANGE;
        }
        Comparator suffix = suffix(after);
        if (suffix != null) {
            return suffix;
        }
        for (Map.Entry<String, Comparator> e : PREFIX) {
            if (before.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        for (String w : DISTANT_GE) {
            if (before.contains(w)) {
                return Comparator.GE;
            }
        }
        return Comparator.GE;
    }

    /** The comparator suffix right after a number, or null. */
    static Comparator suffix(String after) {
        for (Map.Entry<String, Comparator> e : SUFFIX) {
            if (after.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Length of the comparator suffix at the start of {@code after} (0 if none). */
    static int suffixLength(String after) {
        for (Map.Entry<String, Comparator> e : SUFFIX) {
            if (after.startsWith(e.getKey())) {
                return e.getKey().length();
            }
        }
        return 0;
    }

    /** The comparator word that ends {@code before}, or "" if none. */
    static String prefixWord(String before) {
        for (Map.Entry<String, Comparator> e : PREFIX) {
            if (before.endsWith(e.getKey())) {
                return e.getKey();
            }
        }
        return "";
    }
}
