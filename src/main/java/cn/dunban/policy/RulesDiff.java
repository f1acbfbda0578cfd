package cn.dunban.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebase;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusBoard;
import cn.dunban.status.StatusReport;
import cn.dunban.status.TargetStatus;
import cn.dunban.vocabulary.Light;

/**
 * What an edited rules directory would change, before it is activated: the same facts are checked with the
 * running rulebase and with the edited one, and the findings are matched by rule and subject — a finding
 * only the edited rules give is added, one only the running rules give is removed, and one both give with
 * another severity, message or evidence is changed. Targets' lights (the status board) are compared the
 * same way. The command line ({@code dunban diff-rules}) and the policy page call this.
 */
public final class RulesDiff {

    /** One finding the edit changes: {@code before} absent for an added one, {@code after} for a removed one. */
    public record Change(String rule, String subject, Finding before, Finding after) {

        public String kind() {
            return before == null ? "新增" : after == null ? "撤销" : "改变";
        }
    }

    /** A target whose light the edit changes. */
    public record LightChange(String target, String indicator, Light before, Light after) {
    }

    /** The whole comparison; {@code running}/{@code edited} are the two rulebases' versions. */
    public record Result(LocalDate asOf, String running, String edited, List<Change> added, List<Change> removed,
            List<Change> changed, List<LightChange> lights) {

        public boolean same() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && lights.isEmpty();
        }
    }

    private RulesDiff() {
    }

    /** Checks {@code facts} as of {@code asOf} with both rulebases and compares. */
    public static Result compare(Rulebase running, Rulebase edited, Catalog catalog, Facts facts, LocalDate asOf) {
        StatusReport before = StatusBoard.of(Checker.partitioned(running, catalog), facts, asOf, Scope.ALL);
        StatusReport after = StatusBoard.of(Checker.partitioned(edited, catalog), facts, asOf, Scope.ALL);
        return compare(before, after);
    }

    static Result compare(StatusReport before, StatusReport after) {
        Map<String, List<Finding>> a = byKey(before.findings().findings());
        Map<String, List<Finding>> b = byKey(after.findings().findings());
        List<Change> added = new ArrayList<>();
        List<Change> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            List<Finding> x = new ArrayList<>(a.getOrDefault(key, List.of()));
            List<Finding> y = new ArrayList<>(b.getOrDefault(key, List.of()));
            // the same finding on both sides is no change; what is left pairs up as changed, the rest added or removed
            for (var it = x.iterator(); it.hasNext();) {
                Finding f = it.next();
                if (y.remove(f)) {
                    it.remove();
                }
            }
            int paired = Math.min(x.size(), y.size());
            for (int i = 0; i < paired; i++) {
                changed.add(new Change(x.get(i).getRule(), x.get(i).getSubject(), x.get(i), y.get(i)));
            }
            for (int i = paired; i < x.size(); i++) {
                removed.add(new Change(x.get(i).getRule(), x.get(i).getSubject(), x.get(i), null));
            }
            for (int i = paired; i < y.size(); i++) {
                added.add(new Change(y.get(i).getRule(), y.get(i).getSubject(), null, y.get(i)));
            }
        }
        Map<String, TargetStatus> lightsBefore = new LinkedHashMap<>();
        before.targets().forEach(t -> lightsBefore.put(t.target().id(), t));
        List<LightChange> lights = new ArrayList<>();
        for (TargetStatus t : after.targets()) {
            TargetStatus was = lightsBefore.remove(t.target().id());
            Light old = was == null ? null : was.light();
            if (!Objects.equals(old, t.light())) {
                lights.add(new LightChange(t.target().id(), t.target().indicator(), old, t.light()));
            }
        }
        lightsBefore.values().forEach(t -> lights.add(new LightChange(t.target().id(), t.target().indicator(), t.light(), null)));
        return new Result(after.asOf(), before.rulebase(), after.rulebase(), added, removed, changed, lights);
    }

    private static Map<String, List<Finding>> byKey(List<Finding> findings) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(f.getRule() + "\u0000" + f.getSubjectType() + "\u0000" + f.getSubject(),
                    k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
