package cn.dunban.bench.baseline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.dunban.findings.Finding;

/**
 * Compares two lists of findings as sets of (severity, rule, subject, message) and says, per rule
 * family, how many each side has that the other lacks. A rule id that no baseline family claims is a
 * difference of its own: the family is missing from the baseline.
 */
public final class Identity {

    /** One finding as the comparison sees it. */
    public record Key(String severity, String rule, String subject, String message) {

        static Key of(Finding f) {
            return new Key(f.getSeverity().name(), f.getRule(), f.getSubject(), f.getMessage());
        }

        @Override
        public String toString() {
            return severity + " " + rule + " " + subject + ": " + message;
        }
    }

    /** Differences of one family: what only dunban found, what only the baseline found. */
    public record FamilyDiff(String family, int dunban, int baseline, List<Key> onlyDunban, List<Key> onlyBaseline) {

        public boolean identical() {
            return onlyDunban.isEmpty() && onlyBaseline.isEmpty();
        }
    }

    /** The outcome: per family (in name order), identical or not. */
    public record Result(List<FamilyDiff> families) {

        public boolean identical() {
            return families.stream().allMatch(FamilyDiff::identical);
        }

        /** Lines for the benchmark output: a count per family, and the first differences of each family that differs. */
        public List<String> describe(int examples) {
            List<String> lines = new ArrayList<>();
            for (FamilyDiff f : families) {
                lines.add(String.format("  %-12s dunban=%d baseline=%d %s", f.family(), f.dunban(), f.baseline(),
                        f.identical() ? "identical" : "DIFFERENT (only dunban " + f.onlyDunban().size()
                                + ", only baseline " + f.onlyBaseline().size() + ")"));
                f.onlyDunban().stream().limit(examples).forEach(k -> lines.add("    only dunban:   " + k));
                f.onlyBaseline().stream().limit(examples).forEach(k -> lines.add("    only baseline: " + k));
            }
            return lines;
        }
    }

    private Identity() {
    }

    public static Result compare(Collection<Finding> dunban, Collection<Finding> baseline) {
        Map<String, String> familyOf = Baseline.familyOfRule();
        Map<String, Set<Key>> a = byFamily(dunban, familyOf);
        Map<String, Set<Key>> b = byFamily(baseline, familyOf);
        Set<String> names = new TreeSet<>(familyOf.values());
        names.addAll(a.keySet());
        names.addAll(b.keySet());
        List<FamilyDiff> out = new ArrayList<>();
        for (String name : names) {
            Set<Key> x = a.getOrDefault(name, Set.of());
            Set<Key> y = b.getOrDefault(name, Set.of());
            out.add(new FamilyDiff(name, x.size(), y.size(), minus(x, y), minus(y, x)));
        }
        return new Result(out);
    }

    private static Map<String, Set<Key>> byFamily(Collection<Finding> findings, Map<String, String> familyOf) {
        Map<String, Set<Key>> m = new TreeMap<>();
        for (Finding f : findings) {
            String family = familyOf.getOrDefault(f.getRule(), "(no baseline: " + f.getRule() + ")");
            m.computeIfAbsent(family, k -> new HashSet<>()).add(Key.of(f));
        }
        return m;
    }

    private static List<Key> minus(Set<Key> x, Set<Key> y) {
        return x.stream().filter(k -> !y.contains(k)).sorted(java.util.Comparator.comparing(Key::toString)).toList();
    }
}
