package cn.dunban.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import cn.dunban.catalog.Target;
import cn.dunban.facts.Assignment;
import cn.dunban.facts.EnergyStat;
import cn.dunban.facts.Project;
import cn.dunban.facts.Report;
import cn.dunban.facts.ReportThatCounts;
import cn.dunban.findings.Finding;
import cn.dunban.vocabulary.CheckDate;
import cn.dunban.vocabulary.CountingReport;
import cn.dunban.vocabulary.NeedsAllReports;

/**
 * One KieSession over one group of jurisdictions: the targets, the facts known at the check date and
 * the rule parameters in working memory. Of the reports, only the one that counts per target goes in at
 * first, as a {@link CountingReport}: most rules read nothing else, and a province has ten reports per target.
 * A rule that reads every report of a target (floors: "at any report") says so by deriving
 * {@link NeedsAllReports}; that target's reports then go in as {@link Report}s — the one that counts among
 * them — and the rules fire again, until no more are asked for.
 *
 * <p>Keeps, per target, the handles of the report that counts, so that a newer report can take its
 * place; and the findings currently derived, with
 * what was added and withdrawn since the last {@link #drain()} (a one-shot check reads them from the
 * session once, at the end, without following every insertion). Not thread-safe: one thread at a time.
 */
final class Partition {

    /**
     * The facts of one group, as split by {@link FactSplit}. On a first load, {@code counting} holds
     * the report that counts per target and {@code history} the others, by target (a rule asks for the
     * reports of a few targets, and finding them must not mean reading the province's reports again);
     * an addition brings {@code reports}.
     */
    record Slice(List<Target> targets, List<Report> counting, Map<String, List<Report>> history,
            List<Report> reports, List<Assignment> assignments, List<Project> projects, List<EnergyStat> energy) {

        static Slice empty() {
            return new Slice(new ArrayList<>(), new ArrayList<>(), new HashMap<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        /** How much work the group is, for ordering groups: facts that go into the session at first. */
        int size() {
            return targets.size() + counting.size() + reports.size() + assignments.size() + projects.size()
                    + energy.size();
        }
    }

    /** The report that counts for a target: in working memory as a {@link CountingReport}, and as a {@link Report} once all are wanted. */
    private static final class Latest {
        final Report report;
        final FactHandle counting;
        FactHandle asReport;

        Latest(Report report, FactHandle counting) {
            this.report = report;
            this.counting = counting;
        }
    }

    private final KieSession session;
    private final FactHandle checkDate;
    private final boolean incremental;
    private final Map<String, Latest> latest = new HashMap<>();
    private final Map<String, List<FactHandle>> assignments = new HashMap<>();
    private final Map<String, List<FactHandle>> projects = new HashMap<>();
    private final Map<String, List<FactHandle>> energy = new HashMap<>();
    /** Reports that do not count and whose target no rule has asked all reports of, by target: kept out of working memory. */
    private Map<String, List<Report>> history = new HashMap<>();
    /** Handles of reports that do not count but are in working memory, by target (incremental sessions only). */
    private final Map<String, List<FactHandle>> pastHandles = new HashMap<>();
    /** Targets whose every report is in working memory, because a rule asked ({@link NeedsAllReports}). */
    private final Set<String> allReports = new HashSet<>();
    private final Set<Finding> findings = new HashSet<>();
    private final Set<Finding> added = new HashSet<>();
    private final Set<Finding> removed = new HashSet<>();

    /**
     * A session at {@code asOf} with the rules' data for its group ({@link RuleData}) in it. {@code incremental} keeps the
     * handles that later additions need; a one-shot check does without them.
     */
    Partition(Rulebase rulebase, List<Object> data, LocalDate asOf, boolean incremental) {
        this.incremental = incremental;
        this.session = rulebase.kieBase().newKieSession();
        if (FiredRules.active()) {
            session.addEventListener(FiredRules.listener());
        }
        if (incremental) {
            session.addEventListener(new Tracker());
        }
        data.forEach(session::insert);
        checkDate = session.insert(new CheckDate(asOf));
    }

    /**
     * The first load: every report given is known at the check date; the latest per target counts and
     * goes into working memory. The others wait in {@link #history} until a rule asks for a target's
     * reports with {@link NeedsAllReports}.
     */
    void load(Slice f) {
        f.targets().forEach(session::insert);
        f.assignments().forEach(a -> assignment(a, false));
        for (Report r : f.counting()) {
            latest.put(r.target(), new Latest(r, session.insert(new CountingReport(r))));
        }
        history = incremental ? new HashMap<>(f.history()) : f.history();
        f.projects().forEach(p -> project(p, false));
        f.energy().forEach(e -> energy(e, false));
    }

    /**
     * A report that arrives after the first load, known at the check date: it counts if it is not older
     * than the one that counted so far (same date: the later one counts), which then no longer does.
     * Returns whether it superseded a counting report.
     */
    boolean addReport(Report r) {
        return addReport(r, false);
    }

    /**
     * As {@link #addReport(Report)}; with {@code replacing}, {@code r} is a new version of the report of its target
     * and date (a stored correction), and the earlier version leaves working memory and the history instead of
     * staying as an earlier report.
     */
    boolean addReport(Report r, boolean replacing) {
        Latest current = latest.get(r.target());
        if (replacing && current != null && current.report.asOf().equals(r.asOf())) {
            session.delete(current.counting);
            if (current.asReport != null) {
                session.delete(current.asReport);
            }
            count(r);
            return true;
        }
        if (replacing) {
            forgetPast(r.target(), r.asOf());
        }
        if (!ReportThatCounts.replaces(r, current == null ? null : current.report)) {
            past(r, null);
            return false;
        }
        if (current != null) {
            session.delete(current.counting);
            past(current.report, current.asReport);
        }
        count(r);
        return current != null;
    }

    /** {@code r} is the report that counts for its target now. */
    private void count(Report r) {
        Latest l = new Latest(r, session.insert(new CountingReport(r)));
        if (allReports.contains(r.target())) {
            l.asReport = session.insert(r);
        }
        latest.put(r.target(), l);
    }

    /** An earlier version of the report of {@code target} on {@code date}, wherever it is kept: gone. */
    private void forgetPast(String target, LocalDate date) {
        List<Report> held = history.get(target);
        if (held != null) {
            held.removeIf(x -> x.asOf().equals(date));
        }
        List<FactHandle> in = pastHandles.get(target);
        if (in != null) {
            in.removeIf(h -> {
                if (((Report) session.getObject(h)).asOf().equals(date)) {
                    session.delete(h);
                    return true;
                }
                return false;
            });
        }
    }

    /**
     * A report that does not count (any more): in working memory if its target's reports are wanted (where
     * {@code asReport}, when given, already has it), else held.
     */
    private void past(Report r, FactHandle asReport) {
        if (allReports.contains(r.target())) {
            FactHandle h = asReport != null ? asReport : session.insert(r);
            if (incremental) {
                pastHandles.computeIfAbsent(r.target(), k -> new ArrayList<>(2)).add(h);
            }
        } else {
            history.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
        }
    }

    /**
     * An assignment: on the first load, every one given goes in (two for one target are two goals, as in a
     * one-shot check); an addition replaces those of its target.
     */
    void assignment(Assignment a, boolean replacing) {
        put(assignments, a.target(), a, replacing);
    }

    /** A project: an addition replaces the one with its id. */
    void project(Project p, boolean replacing) {
        put(projects, p.id(), p, replacing);
    }

    /** Energy statistics: an addition replaces those of the same jurisdiction, year and period end. */
    void energy(EnergyStat e, boolean replacing) {
        put(energy, e.jurisdiction() + "#" + e.year() + "#" + e.asOf(), e, replacing);
    }

    private void put(Map<String, List<FactHandle>> handles, String key, Object fact, boolean replacing) {
        if (!incremental) {
            session.insert(fact);
            return;
        }
        List<FactHandle> earlier = handles.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (replacing) {
            earlier.forEach(session::delete);
            earlier.clear();
        }
        earlier.add(session.insert(fact));
    }

    void advanceTo(LocalDate asOf) {
        session.update(checkDate, new CheckDate(asOf));
    }

    /**
     * Fires until nothing changes: when the rules ask for the reports of more targets
     * ({@link NeedsAllReports}), those targets' held reports go in and the rules fire again.
     */
    void fire() {
        session.fireAllRules();
        while (true) {
            boolean more = false;
            for (Object o : session.getObjects(new ClassObjectFilter(NeedsAllReports.class))) {
                String target = ((NeedsAllReports) o).getTargetId();
                if (allReports.add(target)) {
                    Latest counting = latest.get(target);
                    if (counting != null && counting.asReport == null) {
                        counting.asReport = session.insert(counting.report);
                        more = true;
                    }
                    List<Report> held = history.remove(target);
                    if (held != null) {
                        for (Report r : held) {
                            FactHandle h = session.insert(r);
                            if (incremental) {
                                pastHandles.computeIfAbsent(target, k -> new ArrayList<>(held.size())).add(h);
                            }
                        }
                        more = true;
                    }
                }
            }
            if (!more) {
                return;
            }
            session.fireAllRules();
        }
    }

    /** The findings derived now. */
    Collection<Finding> findings() {
        if (incremental) {
            return findings;
        }
        List<Finding> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) {
            out.add((Finding) o);
        }
        return out;
    }

    /** The facts of the given kinds in working memory now (derived by the rules or given), for callers that read more than findings. */
    List<Object> objectsOf(java.util.Collection<Class<?>> kinds) {
        List<Object> out = new ArrayList<>();
        for (Object o : session.getObjects(o -> kinds.stream().anyMatch(k -> k.isInstance(o)))) {
            out.add(o);
        }
        return out;
    }

    /** Inserts facts that ask the rules for more than findings (e.g. status lights); their handles, to withdraw them. */
    List<FactHandle> ask(List<Object> requests) {
        List<FactHandle> handles = new ArrayList<>(requests.size());
        requests.forEach(r -> handles.add(session.insert(r)));
        return handles;
    }

    /** Withdraws requests {@link #ask} inserted: what the rules derived from them alone goes with them. */
    void withdraw(List<FactHandle> requests) {
        requests.forEach(session::delete);
    }

    /** What was added and withdrawn since the last call, equal findings that came and went cancelled out. */
    List<List<Finding>> drain() {
        List<List<Finding>> out = List.of(new ArrayList<>(added), new ArrayList<>(removed));
        added.clear();
        removed.clear();
        return out;
    }

    void dispose() {
        session.dispose();
    }

    /** Follows logically inserted findings in and out of working memory. */
    private final class Tracker implements RuleRuntimeEventListener {

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Finding f) {
                findings.add(f);
                if (!removed.remove(f)) {
                    added.add(f);
                }
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof Finding f) {
                findings.remove(f);
                if (!added.remove(f)) {
                    removed.add(f);
                }
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // findings are immutable and never updated
        }
    }
}
