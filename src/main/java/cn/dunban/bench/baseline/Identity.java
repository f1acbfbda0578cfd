package cn.dunban.bench.baseline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import cn.dunban.findings.Finding;

/**
 * Compares two lists of findings by what they decide — severity, rule and subject — and says, per rule
 * family, how many each side has that the other lacks. The wording of a message is not compared: policy
 * staff reword messages in {@code rules/} without an engineer touching the baseline.
 *
 * <p>A rule of {@code rules/} that no baseline family claims is <em>not covered</em>: its findings are
 * counted and printed, and the comparison of the other rules stands. Adding a rule therefore never makes
 * the identity false; it only says which rules the baseline does not yet reproduce.
 */
public final class Identity {

    /** One finding as the comparison sees it: what was decided about whom. */
    public record Key(String severity, String rule, String subject) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::rule).thenComparing(Key::subject)
                .thenComparing(Key::severity);

        static Key of(Finding f) {
            return new Key(f.getSeverity().name(), f.getRule(), f.getSubject());
        }

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** A finding one side has and the other lacks, with its message to show a reader which one it is. */
    public record Difference(Key key, String message) {

        @Override
        public String toString() {
            return key.severity() + " " + key.rule() + " " + key.subject() + ": " + message;
        }
    }

    /** Differences of one family: what only dunban found, what only the baseline found. */
    public record FamilyDiff(String family, int dunban, int baseline, List<Difference> onlyDunban,
            List<Difference> onlyBaseline) {

        public boolean identical() {
            return onlyDunban.isEmpty() && onlyBaseline.isEmpty();
        }
    }

    /**
     * The outcome: per family (in name order), identical or not; and the rules no family claims, with how many
     * findings each made (in rule order). Only the families decide {@link #identical()}.
     */
    public record Result(List<FamilyDiff> families, Map<String, Integer> notCovered) {

        public boolean identical() {
            return families.stream().allMatch(FamilyDiff::identical);
        }

        /** Lines for the benchmark output: a count per family, the first differences of each family that differs, the rules not covered. */
        public List<String> describe(int examples) {
            List<String> lines = new ArrayList<>();
            for (FamilyDiff f : families) {
                lines.add(String.format("  %-12s dunban=%d baseline=%d %s", f.family(), f.dunban(), f.baseline(),
                        f.identical() ? "identical" : "DIFFERENT (only dunban " + f.onlyDunban().size()
                                + ", only baseline " + f.onlyBaseline().size() + ")"));
                f.onlyDunban().stream().limit(examples).forEach(k -> lines.add("    only dunban:   " + k));
                f.onlyBaseline().stream().limit(examples).forEach(k -> lines.add("    only baseline: " + k));
            }
            notCovered.forEach((rule, n) -> lines.add(String.format("  %-12s dunban=%d not covered (no baseline for this rule)",
                    rule, n)));
            return lines;
        }
    }

    private Identity() {
    }

    public static Result compare(Collection<Finding> dunban, Collection<Finding> baseline) {
        Map<String, String> familyOf = Baseline.familyOfRule();
        Map<String, Integer> notCovered = new TreeMap<>();
        Map<String, Map<Key, Set<String>>> a = byFamily(dunban, familyOf, notCovered);
        Map<String, Map<Key, Set<String>>> b = byFamily(baseline, familyOf, new TreeMap<>());
        List<String> names = new ArrayList<>(new TreeSet<>(familyOf.values()));
        List<FamilyDiff> out = new ArrayList<>();
        for (String name : names) {
            Map<Key, Set<String>> x = a.getOrDefault(name, Map.of());
            Map<Key, Set<String>> y = b.getOrDefault(name, Map.of());
            out.add(new FamilyDiff(name, count(x), count(y), minus(x, y), minus(y, x)));
        }
        return new Result(out, notCovered);
    }

    /**
     * Findings by family and key. A key may hold several findings (one rule firing twice on one subject, with
     * different messages); they are compared by number. The same finding twice counts once, as in a report.
     */
    private static Map<String, Map<Key, Set<String>>> byFamily(Collection<Finding> findings, Map<String, String> familyOf,
            Map<String, Integer> notCovered) {
        Map<String, Map<Key, Set<String>>> m = new TreeMap<>();
        for (Finding f : findings) {
            String family = familyOf.get(f.getRule());
            if (family == null) {
                notCovered.merge(f.getRule(), 1, Integer::sum);
                continue;
            }
            m.computeIfAbsent(family, k -> new TreeMap<>()).computeIfAbsent(Key.of(f), k -> new TreeSet<>())
                    .add(f.getMessage());
        }
        return m;
    }

    private static int count(Map<Key, Set<String>> findings) {
        return findings.values().stream().mapToInt(Set::size).sum();
    }

    /** The findings of {@code x} beyond those of {@code y}, key by key. */
    private static List<Difference> minus(Map<Key, Set<String>> x, Map<Key, Set<String>> y) {
        List<Difference> out = new ArrayList<>();
        x.forEach((key, messages) -> {
            int extra = messages.size() - y.getOrDefault(key, Set.of()).size();
            messages.stream().limit(Math.max(0, extra)).forEach(msg -> out.add(new Difference(key, msg)));
        });
        return out;
    }
}
