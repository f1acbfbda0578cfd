package cn.dunban.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import cn.dunban.web.ApiProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored check as the pages read it: the run, its findings document and the facts it was run on. */
@Component
class StoredCheck {

    /** A run with its findings and facts documents, parsed. */
    record Loaded(CheckRun run, JsonNode findings, JsonNode facts) {

        public List<JsonNode> findingsList() {
            List<JsonNode> out = new ArrayList<>();
            findings.path("findings").forEach(out::add);
            return out;
        }
    }

    private final CheckRunStore runs;
    private final JsonMapper json;

    StoredCheck(CheckRunStore runs, JsonMapper json) {
        this.runs = runs;
        this.json = json;
    }

    /** The check with this id, or the latest one when none is given; empty when nothing has been checked yet. */
    Optional<Loaded> load(Long id) {
        Optional<CheckRun> run = id == null ? runs.recent(1).stream().findFirst() : runs.find(id);
        if (id != null && run.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "unknown-check", "没有这次检查",
                    List.of(ApiProblem.Fault.of("check", "unknown-check", "没有编号为 " + id + " 的检查记录")));
        }
        return run.map(r -> new Loaded(r, json.readTree(runs.findings(r.id()).orElseThrow()),
                json.readTree(runs.facts(r.id()).orElse("{}"))));
    }

    List<CheckRun> recent(int limit) {
        return runs.recent(limit);
    }
}
