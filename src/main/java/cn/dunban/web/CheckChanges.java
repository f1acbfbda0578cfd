package cn.dunban.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.dunban.findings.Changes;
import cn.dunban.findings.FindingsJson;
import cn.dunban.findings.FindingsReport;
import cn.dunban.scope.Scope;
import cn.dunban.store.CheckRunStore;

/**
 * What changed between two stored checks, for {@code GET /api/checks/{id}/changes?since=} and the pages. Both
 * checks' findings are narrowed to the same scope first, so that a check run for one unit compared with one run
 * for all does not report every other unit's findings as resolved.
 */
@Component
public class CheckChanges {

    private final CheckRunStore runs;

    CheckChanges(CheckRunStore runs) {
        this.runs = runs;
    }

    public Changes between(long since, long id, Scope scope) {
        FindingsReport earlier = scope.filter(read(since, "since"));
        FindingsReport later = scope.filter(read(id, "id"));
        return Changes.between(earlier, later);
    }

    /** The API's document: the two checks' ids, then {@link Changes#toMap()}. */
    Map<String, Object> document(long since, long id, Scope scope) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("check", id);
        doc.put("since", since);
        doc.putAll(between(since, id, scope).toMap(scope.units()));
        return doc;
    }

    private FindingsReport read(long id, String field) {
        return FindingsJson.read(runs.findings(id).orElseThrow(
                () -> ApiProblem.notFound(field, "unknown-check", "没有编号为 " + id + " 的检查记录")));
    }
}
