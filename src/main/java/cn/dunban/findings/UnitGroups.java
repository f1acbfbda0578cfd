package cn.dunban.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The supervision list cut by who must answer: one group per jurisdiction and lead unit (济宁市·市发展改革委 and
 * 菏泽市·市发展改革委 are two), a finding with several lead units in each of their groups; groups with the most
 * serious findings first, then the longest, then by name. The text list, the workbook and the notices all cut it so.
 */
public final class UnitGroups {

    public static final String NO_UNIT = "（未明确牵头单位）";
    public static final String NO_JURISDICTION = "（未明确地区）";

    /** Who a group of findings goes to. */
    public record Group(String jurisdiction, String unit) {

        /** "济宁市·市发展改革委" */
        public String heading() {
            return jurisdiction + "·" + unit;
        }
    }

    private UnitGroups() {
    }

    public static Map<Group, List<Finding>> of(FindingsReport report) {
        return of(report, java.util.Set.of());
    }

    /**
     * The groups of the given lead units only (all when empty): a list asked for one unit does not also open a
     * section for each unit that leads its targets jointly with it.
     */
    public static Map<Group, List<Finding>> of(FindingsReport report, java.util.Collection<String> onlyUnits) {
        Map<Group, List<Finding>> by = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            String place = f.getJurisdiction() == null ? NO_JURISDICTION : f.getJurisdiction();
            List<String> units = f.getLeadUnits().isEmpty() ? List.of(NO_UNIT) : f.getLeadUnits();
            for (String u : units) {
                if (onlyUnits.isEmpty() || onlyUnits.contains(u)) {
                    by.computeIfAbsent(new Group(place, u), k -> new ArrayList<>()).add(f);
                }
            }
        }
        List<Map.Entry<Group, List<Finding>>> groups = new ArrayList<>(by.entrySet());
        groups.sort(Comparator.<Map.Entry<Group, List<Finding>>, Severity>comparing(e -> e.getValue().get(0).getSeverity())
                .thenComparing(e -> -e.getValue().size()).thenComparing(e -> e.getKey().heading()));
        Map<Group, List<Finding>> out = new LinkedHashMap<>();
        groups.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Count per severity of a group, in severity order, only those present: "违规 1　进度滞后 2". */
    public static String counts(List<Finding> findings) {
        Map<Severity, Integer> n = new java.util.EnumMap<>(Severity.class);
        findings.forEach(f -> n.merge(f.getSeverity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        n.forEach((s, c) -> parts.add(s.label() + " " + c));
        return String.join("　", parts);
    }
}
