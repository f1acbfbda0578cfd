package cn.dunban.bench.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.Goal;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.engine.Rulebase;
import cn.dunban.vocabulary.TargetLink;
import cn.dunban.facts.Assignment;
import cn.dunban.facts.EnergyStat;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Project;
import cn.dunban.facts.Report;
import cn.dunban.facts.ReportThatCounts;

/**
 * What every baseline family joins over, indexed once by hash: the targets, the reports known at the
 * check date grouped by target (in input order), the report that counts per target (the latest; of two
 * on one date the later in the input: {@link ReportThatCounts}), assignments by target, and the
 * goals that {@code rules/targets/goal.dslr} derives; the rules directory's data (parameters, clauses, links);
 * and what other families derive for each other (hard lines, measured targets).
 */
public final class Data {

    private final LocalDate asOf;
    private final Collection<Target> targets;
    private final List<Parameter> allParameters;
    private final Map<String, Parameter> parameters = new HashMap<>();
    private final Map<String, List<Clause>> clauses = new HashMap<>();
    private final List<TargetLink> links;
    private final Map<String, List<Target>> byJurisdictionYear = new HashMap<>();
    private final Map<String, List<EnergyStat>> energyByYear = new HashMap<>();
    private final Set<String> families = new java.util.HashSet<>();
    private final Set<String> hardLines;
    private final Set<String> measured;
    private final Map<String, List<Report>> reports;
    private final Map<String, Report> latest;
    private final Map<String, List<Goal>> goals;
    private final Map<String, List<Assignment>> assigned = new HashMap<>();
    private final List<Project> projects;
    private final List<EnergyStat> energy;

    public Data(Catalog catalog, Facts facts, LocalDate asOf, Rulebase rulebase) {
        this.asOf = asOf;
        this.targets = catalog.targets();
        this.allParameters = rulebase.parameters();
        allParameters.stream().filter(p -> p.key() == null).forEach(p -> this.parameters.put(p.name(), p));
        rulebase.clauses().forEach(c -> clauses.computeIfAbsent(c.control() + "#" + c.jurisdiction(), k -> new ArrayList<>())
                .add(c));
        this.links = rulebase.links();
        for (Target t : targets) {
            byJurisdictionYear.computeIfAbsent(t.jurisdiction() + "#" + t.year(), k -> new ArrayList<>()).add(t);
        }
        int expected = Math.max(16, catalog.size() * 4 / 3);
        reports = new HashMap<>(expected);
        latest = new HashMap<>(expected);
        for (Report r : facts.reports()) {
            if (!ReportThatCounts.knownAt(r, asOf)) {
                continue;
            }
            reports.computeIfAbsent(r.target(), k -> new ArrayList<>(12)).add(r);
            if (ReportThatCounts.replaces(r, latest.get(r.target()))) {
                latest.put(r.target(), r);
            }
        }
        facts.assignments().forEach(a -> assigned.computeIfAbsent(a.target(), k -> new ArrayList<>()).add(a));
        // rules/targets/goal.dslr: the document's value, or else each assignment's
        goals = new HashMap<>(expected);
        for (Target t : targets) {
            if (t.value() != null) {
                goals.put(t.id(), List.of(new Goal(t, t.value(), t.valueMax(), t.unit(), "文件")));
            } else {
                List<Assignment> as = assigned.get(t.id());
                if (as != null) {
                    goals.put(t.id(), as.stream().map(a -> new Goal(t, a.value(), null, a.unit(), a.source()))
                            .distinct().toList());
                }
            }
        }
        projects = facts.projects();
        energy = facts.energy();
        energy.forEach(e -> energyByYear.computeIfAbsent(e.jurisdiction() + "#" + e.year(), k -> new ArrayList<>()).add(e));
        rulebase.files().forEach(f -> {
            int slash = f.indexOf('/');
            if (slash > 0) {
                families.add(f.substring(0, slash));
            }
        });
        hardLines = hasFamily("coverage") ? CoverageFamily.hardLines(this) : Set.of();
        measured = hasFamily("energy") ? EnergyFamily.measured(this) : Set.of();
    }

    /** Whether the rules directory has this family's folder: a rules copy without it gets no baseline for it. */
    public boolean hasFamily(String name) {
        return families.contains(name);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Collection<Target> targets() {
        return targets;
    }

    /** A family parameter from {@code params.json} by name; fails loudly if the rules directory lacks it. */
    public double parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null || p.value() == null) {
            throw new IllegalStateException("参数 " + name + " 不在规则目录的 params.json 中");
        }
        return p.value();
    }

    /** The values of a list parameter ({@code lianggao.industries} …); empty if the rules directory has none. */
    public List<String> parameterValues(String name) {
        Parameter p = parameters.get(name);
        return p == null ? List.of() : p.values();
    }

    /** Every parameter row (table rows included) whose name starts so. */
    public List<Parameter> parametersStartingWith(String prefix) {
        return allParameters.stream().filter(p -> p.name().startsWith(prefix)).toList();
    }

    /** The clauses of a control in one jurisdiction. */
    public List<Clause> clauses(String control, String jurisdiction) {
        return clauses.getOrDefault(control + "#" + jurisdiction, List.of());
    }

    /** A jurisdiction's energy statistics of one year, every period. */
    public List<EnergyStat> energy(String jurisdiction, int year) {
        return energyByYear.getOrDefault(jurisdiction + "#" + year, List.of());
    }

    public List<TargetLink> links() {
        return links;
    }

    public List<Target> targetsOf(String jurisdiction, int year) {
        return byJurisdictionYear.getOrDefault(jurisdiction + "#" + year, List.of());
    }

    /** coverage: a 100% target, judged by coverage-100 alone. */
    public boolean hardLine(String target) {
        return hardLines.contains(target);
    }

    /** energy: a target whose result the statistics give, so it counts as reported. */
    public boolean measured(String target) {
        return measured.contains(target);
    }

    /** Every report on the target known at the check date, in input order; empty if none. */
    public List<Report> reports(String target) {
        return reports.getOrDefault(target, List.of());
    }

    /** The report that counts for the target at the check date, or null. */
    public Report latest(String target) {
        return latest.get(target);
    }

    public boolean assigned(String target) {
        return assigned.containsKey(target);
    }

    public List<Goal> goals(String target) {
        return goals.getOrDefault(target, List.of());
    }

    public List<Project> projects() {
        return projects;
    }

    public List<EnergyStat> energy() {
        return energy;
    }
}
