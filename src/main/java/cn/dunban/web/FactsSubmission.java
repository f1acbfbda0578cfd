package cn.dunban.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import cn.dunban.facts.Assignment;
import cn.dunban.facts.EnergyStat;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.facts.FactsTree;
import cn.dunban.facts.Project;
import cn.dunban.ledger.FactsFiles;
import cn.dunban.store.FactBatch;
import cn.dunban.store.FactStore;
import cn.dunban.store.NewFact;
import cn.dunban.store.NewReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/facts}: a facts document with any of its lists — as JSON, a filled ledger (.xlsx) or a
 * CSV ledger — read whole first (every error at once, nothing stored if there is one), then stored: the
 * reports as reports, the projects, energy statistics and assignments as versioned facts. Units may send
 * reports on their own targets only; the other lists need an officer.
 */
@Component
class FactsSubmission {

    /** What a submission stored: either part may be null when the document had none of it. */
    record Stored(FactBatch facts, ReportWarnings.Submitted reports) {
    }

    private final FactsReader reader;
    private final ReportSubmission reports;
    private final FactStore store;
    private final JsonMapper json;

    FactsSubmission(FactsReader reader, ReportSubmission reports, FactStore store, JsonMapper json) {
        this.reader = reader;
        this.reports = reports;
        this.store = store;
        this.json = json;
    }

    /** Reads and checks a submission; {@code name} is the file name the errors give ({@code facts}, {@code 台账.xlsx}). */
    Read read(byte[] body, String name, Account user) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("", "empty-body", "请求体为空：应为事实文件（JSON）或填好的台账（.xlsx）");
        }
        FactsTree tree = FactsFiles.tree(body, name);
        Facts facts = tree.readWith(reader);
        if (facts.reports().isEmpty() && facts.projects().isEmpty() && facts.energy().isEmpty()
                && facts.assignments().isEmpty()) {
            throw ApiProblem.badRequest("", "empty", "文件中没有任何事实（reports、projects、energy、assignments 都是空的）");
        }
        if (user.role() != Role.OFFICER) {
            List<ApiProblem.Fault> faults = new ArrayList<>();
            for (String list : List.of("projects", "energy", "assignments")) {
                if (tree.root().has(list) && !tree.root().get(list).isEmpty()) {
                    faults.add(ApiProblem.Fault.of(list, "officer-only",
                            "两高项目、能源统计和下达指标由督办人员（OFFICER）报送；单位只报送本单位牵头目标的进展（reports）"));
                }
            }
            if (!faults.isEmpty()) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "officer-only", "无权提交这些事实", faults);
            }
        }
        JsonNode items = tree.root().get("reports");
        List<NewReport> newReports = facts.reports().isEmpty() ? List.of()
                : reports.reports(facts.reports(), items::get, i -> "reports[" + i + "].", user);
        List<NewFact> newFacts = new ArrayList<>();
        for (int i = 0; i < facts.projects().size(); i++) {
            Project p = facts.projects().get(i);
            newFacts.add(new NewFact(NewFact.PROJECT, p.id(), body(tree, "projects", i)));
        }
        for (int i = 0; i < facts.energy().size(); i++) {
            EnergyStat e = facts.energy().get(i);
            newFacts.add(new NewFact(NewFact.ENERGY, NewFact.energyKey(e.jurisdiction(), e.year(), e.asOf()),
                    body(tree, "energy", i)));
        }
        for (int i = 0; i < facts.assignments().size(); i++) {
            Assignment a = facts.assignments().get(i);
            newFacts.add(new NewFact(NewFact.ASSIGNMENT, a.target(), body(tree, "assignments", i)));
        }
        return new Read(newReports, newFacts);
    }

    /** A submission read and checked, ready to store. */
    record Read(List<NewReport> reports, List<NewFact> facts) {
    }

    FactBatch storeFacts(List<NewFact> facts, String who) {
        return facts.isEmpty() ? null : store.append(facts, who);
    }

    private String body(FactsTree tree, String list, int i) {
        return json.writeValueAsString(tree.root().get(list).get(i));
    }
}
