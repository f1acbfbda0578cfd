package cn.dunban.catalog.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Target;

/**
 * Compares a drafted catalog with a curated one over the tuple (task, comparator, value, unit,
 * deadline), as multisets: two targets match when the tuple is equal, each target matching at most once.
 */
record CatalogComparison(String code, int matched, int drafted, int curated, List<String> missing, List<String> extra) {

    static CatalogComparison of(String code, List<Target> draft, List<Target> curated) {
        Map<String, Integer> want = new HashMap<>();
        curated.forEach(t -> want.merge(key(t), 1, Integer::sum));
        Map<String, Integer> have = new HashMap<>();
        draft.forEach(t -> have.merge(key(t), 1, Integer::sum));
        int matched = 0;
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            matched += Math.min(e.getValue(), have.getOrDefault(e.getKey(), 0));
        }
        List<String> missing = new ArrayList<>();
        Map<String, Integer> left = new HashMap<>(have);
        for (Target t : curated) {
            if (left.merge(key(t), -1, Integer::sum) < 0) {
                missing.add(t.id() + " " + key(t) + " " + t.text());
            }
        }
        List<String> extra = new ArrayList<>();
        Map<String, Integer> wanted = new HashMap<>(want);
        for (Target t : draft) {
            if (wanted.merge(key(t), -1, Integer::sum) < 0) {
                extra.add(t.id() + " " + key(t) + " " + t.text());
            }
        }
        return new CatalogComparison(code, matched, draft.size(), curated.size(), missing, extra);
    }

    static String key(Target t) {
        String value = t.value() == null ? "-" : BigDecimal.valueOf(t.value()).stripTrailingZeros().toPlainString();
        String unit = t.unit() == null ? "" : t.unit().strip().replace('％', '%');
        return t.task() + "|" + t.comparator() + "|" + value + "|" + unit + "|" + t.deadline();
    }

    double precision() {
        return drafted == 0 ? 0 : (double) matched / drafted;
    }

    double recall() {
        return curated == 0 ? 1 : (double) matched / curated;
    }

    String summary() {
        return String.format("importer %s precision=%.2f recall=%.2f (%d/%d/%d)",
                code, precision(), recall(), matched, drafted, curated);
    }
}
