package cn.dunban.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Assignment;
import cn.dunban.facts.EnergyStat;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Project;
import cn.dunban.facts.Report;
import cn.dunban.facts.ReportThatCounts;

/**
 * Splits facts by the group of their jurisdiction: a target's own, a report's or assignment's target's, a
 * project's and an energy statistic's. On a first load ({@code withTargets}) the targets come from the
 * catalog and each target's reports are sorted, in the same pass, into the one that counts
 * ({@link ReportThatCounts}) and the others. Reports dated after
 * {@code asOf} go to {@code later}, in input order.
 *
 * <p>One pass on the calling thread: the pass is bound by memory latency (600,000 reports looked up by
 * target id), and running it on two halves with a merge per target was measured no faster.
 */
final class FactSplit {

    private final Catalog catalog;
    private final Partitioning partitioning;
    private final Map<String, Partition.Slice> slices = new LinkedHashMap<>();
    private final Map<String, Slot> slots;

    private FactSplit(Catalog catalog, Partitioning partitioning, int expected) {
        this.catalog = catalog;
        this.partitioning = partitioning;
        this.slots = new HashMap<>(Math.max(16, expected * 4 / 3));
    }

    static Map<String, Partition.Slice> split(Catalog catalog, Facts facts, LocalDate asOf, Partitioning partitioning,
            boolean withTargets, List<Report> later) {
        FactSplit split = new FactSplit(catalog, partitioning, withTargets ? catalog.size() : facts.reports().size());
        if (!withTargets) {
            for (Report r : facts.reports()) {
                if (ReportThatCounts.knownAt(r, asOf)) {
                    split.slotOf(r.target()).slice.reports().add(r);
                } else {
                    later.add(r);
                }
            }
        } else {
            split.targets();
            split.sortReports(facts.reports(), asOf, later);
            split.slots.forEach((id, slot) -> {
                if (slot.latest != null) {
                    slot.slice.counting().add(slot.latest);
                }
                if (slot.history != null) {
                    slot.slice.history().put(id, slot.history);
                }
            });
        }
        split.others(facts);
        if (withTargets && split.slices.isEmpty()) {
            split.slice(""); // rules may fire on the check date and the rules' data alone
        }
        return split.slices;
    }

    private void targets() {
        for (Target t : catalog.targets()) {
            Partition.Slice s = slice(partitioning.group(t.jurisdiction()));
            s.targets().add(t);
            slots.put(t.id(), new Slot(s));
        }
    }

    private void sortReports(List<Report> reports, LocalDate asOf, List<Report> later) {
        for (Report r : reports) {
            if (ReportThatCounts.knownAt(r, asOf)) {
                slotOf(r.target()).offer(r);
            } else {
                later.add(r);
            }
        }
    }

    private void others(Facts facts) {
        for (Assignment a : facts.assignments()) {
            Slot slot = slots.get(a.target());
            (slot != null ? slot.slice : slice(groupOfTarget(a.target()))).assignments().add(a);
        }
        for (Project p : facts.projects()) {
            slice(partitioning.group(p.jurisdiction())).projects().add(p);
        }
        for (EnergyStat e : facts.energy()) {
            slice(partitioning.group(e.jurisdiction())).energy().add(e);
        }
    }

    /** The slot of a target, made on first sight for a target outside the catalog. */
    private Slot slotOf(String target) {
        Slot slot = slots.get(target);
        if (slot == null) {
            slot = new Slot(slice(groupOfTarget(target)));
            slots.put(target, slot);
        }
        return slot;
    }

    private Partition.Slice slice(String group) {
        return slices.computeIfAbsent(group, k -> Partition.Slice.empty());
    }

    private String groupOfTarget(String id) {
        return catalog.target(id).map(t -> partitioning.group(t.jurisdiction())).orElse("");
    }

    /** Where a target's facts go, and (on a first load) its report that counts so far and the others. */
    private static final class Slot {
        final Partition.Slice slice;
        Report latest;
        List<Report> history;

        Slot(Partition.Slice slice) {
            this.slice = slice;
        }

        /** A report later in the input than those offered before. */
        void offer(Report r) {
            if (!ReportThatCounts.replaces(r, latest)) {
                past(r);
                return;
            }
            if (latest != null) {
                past(latest);
            }
            latest = r;
        }

        void past(Report r) {
            if (history == null) {
                history = new ArrayList<>();
            }
            history.add(r);
        }
    }
}
