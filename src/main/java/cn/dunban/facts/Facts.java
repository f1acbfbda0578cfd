package cn.dunban.facts;

import java.time.LocalDate;
import java.util.List;

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
}
