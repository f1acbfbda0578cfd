package cn.dunban.checking;

import java.util.List;

import cn.dunban.store.StoredReport;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored report rows written as a facts document's {@code reports} list — the fields a unit sent, as it
 * sent them — so that the one facts reader converts and checks a stored report exactly as a submitted one.
 * The one place a stored row becomes a report again.
 */
public final class StoredRows {

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
}
