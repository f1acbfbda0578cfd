package cn.dunban.checking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.store.NewFact;
import cn.dunban.store.StoredFact;
import cn.dunban.store.StoredReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored rows written as a facts document's lists — the fields a unit or officer sent, as they sent them — so
 * that the one facts reader converts and checks a stored fact exactly as a submitted one. The one place a stored
 * row becomes a fact again.
 */
public final class StoredRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The facts document's list each kind of stored fact goes to. */
    public static final Map<String, String> LISTS = Map.of(NewFact.ASSIGNMENT, "assignments", NewFact.PROJECT,
            "projects", NewFact.ENERGY, "energy");

    private StoredRows() {
    }

    public static ArrayNode reports(List<StoredReport> rows) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (StoredReport r : rows) {
            ObjectNode n = list.addObject();
            n.put("target", r.target());
            n.put("asOf", r.asOf().toString());
            if (r.value() != null) {
                n.put("value", r.value());
            }
            if (r.unit() != null) {
                n.put("unit", r.unit());
            }
            if (r.done() != null) {
                n.put("done", r.done());
            }
            if (r.reporter() != null) {
                n.put("reporter", r.reporter());
            }
        }
        return list;
    }

    /**
     * Stored projects, energy statistics and assignments (one version each) as the facts document's lists
     * {@code assignments}, {@code projects} and {@code energy}, each entry as submitted; energy statistics only for
     * periods ended by {@code periodsEndedBy} (a statistic of a period still running is not known at that date).
     */
    public static Map<String, ArrayNode> facts(List<StoredFact> facts, LocalDate periodsEndedBy) {
        Map<String, ArrayNode> lists = new LinkedHashMap<>();
        for (String name : List.of("assignments", "projects", "energy")) {
            lists.put(name, JsonNodeFactory.instance.arrayNode());
        }
        for (StoredFact f : facts) {
            String list = LISTS.get(f.kind());
            if (list == null || (f.kind().equals(NewFact.ENERGY) && NewFact.periodEnd(f.key()).isAfter(periodsEndedBy))) {
                continue;
            }
            lists.get(list).add(JSON.readTree(f.body()));
        }
        return lists;
    }
}
