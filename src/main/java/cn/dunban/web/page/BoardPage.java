package cn.dunban.web.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import cn.dunban.web.Account;
import cn.dunban.web.Checks;
import cn.dunban.web.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /}: the officer's board. Filters are query parameters, so the page works without scripts and
 * every view has an address an officer can send. Each target in scope is one row, with its latest report
 * as of the check date and what the chosen check found on it.
 */
@Controller
class BoardPage {

    /** One target on the board. */
    record Row(Target target, StoredReport latest, Finding worst, List<Finding> findings) {
    }

    /** One finding as the board shows it. */
    record Finding(String severity, String label, String rule, String message) {
    }

    private final Catalog catalog;
    private final ReportStore reports;
    private final CheckRunStore runs;
    private final Checks checks;
    private final JsonMapper json;
    private final Clock clock;

    BoardPage(Catalog catalog, ReportStore reports, CheckRunStore runs, Checks checks, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.reports = reports;
        this.runs = runs;
        this.checks = checks;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/")
    String board(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String document,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer task,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) Long check, Authentication user, Model model) {
        if (user.getPrincipal() instanceof Account a && a.role() != Role.OFFICER) {
            return "redirect:" + (a.role() == Role.UNIT ? "/my" : "/rules");
        }
        Scope scope = Scope.of(jurisdiction, document, unit, task);
        LocalDate date = PageDates.parse(asOf, "asOf").orElse(LocalDate.now(clock.withZone(PageModel.CHINA)));
        Optional<CheckRun> run = check != null ? runs.find(check)
                : runs.recent(200).stream().filter(r -> r.asOf().equals(date)).findFirst();
        Map<String, List<Finding>> found = run.map(r -> findingsByTarget(r.id())).orElse(Map.of());
        Map<String, StoredReport> latest = new LinkedHashMap<>();
        for (StoredReport r : reports.currentAsOf(date)) {
            latest.merge(r.target(), r, (a, b) -> b.asOf().isAfter(a.asOf()) ? b : a);
        }
        List<Row> rows = new ArrayList<>();
        for (Target t : scope.targets(catalog)) {
            List<Finding> fs = found.getOrDefault(t.id(), List.of());
            Row row = new Row(t, latest.get(t.id()), fs.isEmpty() ? null : fs.get(0), fs);
            if (severity == null || severity.isBlank() || (row.worst() != null && row.worst().severity().equals(severity))
                    || ("NONE".equals(severity) && row.worst() == null)) {
                rows.add(row);
            }
        }
        model.addAttribute("scope", scope);
        model.addAttribute("severity", severity);
        model.addAttribute("asOf", date);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("jurisdictions", Scope.jurisdictions(catalog));
        model.addAttribute("documents", scope.documents(catalog));
        model.addAttribute("units", scope.units(catalog));
        model.addAttribute("tasks", scope.tasks(catalog));
        model.addAttribute("counts", counts(rows));
        return "board";
    }

    /** Runs a check of the stored facts as of the chosen date and shows the board with it. */
    @PostMapping("/checks")
    String runCheck(@RequestParam(required = false) String asOf, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String document, Authentication user) {
        Checks.Result r = checks.run(null, asOf, user.getName());
        return "redirect:" + UriComponentsBuilder.fromPath("/").queryParam("asOf", r.run().asOf())
                .queryParamIfPresent("jurisdiction", Optional.ofNullable(jurisdiction).filter(s -> !s.isBlank()))
                .queryParamIfPresent("document", Optional.ofNullable(document).filter(s -> !s.isBlank()))
                .queryParam("check", r.run().id()).encode().build().toUriString();
    }

    private Map<String, List<Finding>> findingsByTarget(long id) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        JsonNode doc = json.readTree(runs.findings(id).orElseThrow());
        for (JsonNode f : doc.path("findings")) {
            String sev = f.path("severity").asString();
            out.computeIfAbsent(f.path("subject").asString(), k -> new ArrayList<>())
                    .add(new Finding(sev, cn.dunban.findings.Severity.valueOf(sev).label(), f.path("rule").asString(),
                            f.path("message").asString()));
        }
        return out;
    }

    /** Rows per severity of their worst finding, and rows with none. */
    private static Map<String, Integer> counts(List<Row> rows) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (cn.dunban.findings.Severity s : cn.dunban.findings.Severity.values()) {
            c.put(s.name(), 0);
        }
        c.put("NONE", 0);
        rows.forEach(r -> c.merge(r.worst() == null ? "NONE" : r.worst().severity(), 1, Integer::sum));
        return c;
    }
}
