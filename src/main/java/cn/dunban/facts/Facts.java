package cn.dunban.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A facts document, read, resolved against the catalog and converted: what goes into working memory.
 * {@code asOf} is the document's own date (null if it gives none).
 */
public record Facts(LocalDate asOf, List<Report> reports, List<Assignment> assignments, List<Project> projects,
        List<EnergyStat> energy) {

    public Facts {
        reports = List.copyOf(reports);
        assignments = List.copyOf(assignments);
        projects = List.copyOf(projects);
        energy = List.copyOf(energy);
    }

    public static Facts empty() {
        return new Facts(null, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The reports made at or before {@code date}, each marked whether it is the one that counts for its
     * target then: the latest by date; of two on the same date, the one given later in the input.
     */
    public List<Report> reportsAt(LocalDate date) {
        Map<String, Report> latest = new HashMap<>();
        List<Report> known = new ArrayList<>();
        for (Report r : reports) {
            if (!r.asOf().isAfter(date)) {
                known.add(r);
                latest.merge(r.target(), r, (a, b) -> b.asOf().isBefore(a.asOf()) ? a : b);
            }
        }
        List<Report> out = new ArrayList<>(known.size());
        for (Report r : known) {
            out.add(r.asLatest(latest.get(r.target()) == r));
        }
        out.sort(Comparator.comparing(Report::target).thenComparing(Report::asOf));
        return out;
    }
}
