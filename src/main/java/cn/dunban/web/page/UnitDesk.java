package cn.dunban.web.page;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.store.Batch;
import cn.dunban.store.CheckRunStore;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import cn.dunban.web.Account;
import cn.dunban.web.ApiProblem;
import cn.dunban.web.ReportSubmission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /my}: a reporting unit's desk. The unit sees the targets it leads in its jurisdiction — no other —
 * with what it last reported and what the latest check found; it reports on one target through a form,
 * and sees everything it has submitted. A report from the form goes through the same reading, permission
 * and storage as {@code POST /api/reports}; the reporting unit is the signed-in account.
 */
@Controller
class UnitDesk {

    /** One of the unit's targets with its latest report and the latest check's findings on it. */
    record Row(Target target, StoredReport latest, List<String> findings) {
    }

    /** What the unit typed, kept when the report is refused so nothing has to be typed again. */
    record Typed(String value, String unit, String asOf, String done, String progress, String problems) {
    }

    private final Catalog catalog;
    private final ReportStore reports;
    private final CheckRunStore runs;
    private final ReportSubmission submission;
    private final JsonMapper json;
    private final Clock clock;

    UnitDesk(Catalog catalog, ReportStore reports, CheckRunStore runs, ReportSubmission submission, JsonMapper json,
            Clock clock) {
        this.catalog = catalog;
        this.reports = reports;
        this.runs = runs;
        this.submission = submission;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/my")
    String desk(@AuthenticationPrincipal Account me, Model model) {
        List<Target> mine = catalog.targets().stream().filter(me::mayReportOn).toList();
        Set<String> ids = mine.stream().map(Target::id).collect(Collectors.toSet());
        Map<String, StoredReport> latest = new LinkedHashMap<>();
        for (StoredReport r : reports.currentAsOf(today())) {
            if (ids.contains(r.target())) {
                latest.merge(r.target(), r, (a, b) -> b.asOf().isAfter(a.asOf()) ? b : a);
            }
        }
        Map<String, List<String>> found = latestFindings(ids);
        List<Row> rows = mine.stream().map(t -> new Row(t, latest.get(t.id()), found.getOrDefault(t.id(), List.of())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("history", reports.recent(ids, 200));
        model.addAttribute("catalog", catalog);
        return "my";
    }

    @GetMapping("/my/targets/{id}")
    String form(@PathVariable String id, @AuthenticationPrincipal Account me, Model model) {
        Target t = mine(id, me);
        model.addAttribute("typed", new Typed("", t.unit(), today().toString(), "", "", ""));
        return form(t, model);
    }

    @PostMapping("/my/targets/{id}")
    String submit(@PathVariable String id, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "") String done, @RequestParam(defaultValue = "") String progress,
            @RequestParam(defaultValue = "") String problems, @AuthenticationPrincipal Account me, Model model,
            RedirectAttributes redirect) {
        Target t = mine(id, me);
        Typed typed = new Typed(value, unit, asOf, done, progress, problems);
        List<String> refused = new ArrayList<>();
        ObjectNode report = json.createObjectNode();
        report.put("target", t.id());
        if (!asOf.isBlank()) {
            report.put("asOf", asOf.strip());
        }
        if (!value.isBlank()) {
            try {
                report.put("value", new BigDecimal(value.strip().replace(",", "").replace("，", "")));
            } catch (NumberFormatException e) {
                refused.add("完成值：“" + value + "”不是数字");
            }
            if (!unit.isBlank()) {
                report.put("unit", unit.strip());
            }
        }
        if (!done.isBlank()) {
            report.put("done", "是".equals(done) || "true".equals(done));
        }
        if (!progress.isBlank()) {
            report.put("progress", progress.strip());
        }
        if (!problems.isBlank()) {
            report.put("problems", problems.strip());
        }
        if (refused.isEmpty()) {
            try {
                Batch batch = reports.append(submission.read(json.writeValueAsBytes(report), me), me.username());
                StoredReport r = batch.reports().get(0);
                redirect.addFlashAttribute("saved", "已保存：" + r.asOf() + " 的报告（第 " + r.version() + " 版）");
                return "redirect:/my/targets/" + t.id();
            } catch (ApiProblem p) {
                refused.addAll(p.reasons());
            }
        }
        model.addAttribute("typed", typed);
        model.addAttribute("refused", refused);
        return form(t, model);
    }

    private String form(Target t, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("units", UnitChoices.of(t));
        model.addAttribute("history", reports.history(t.id()));
        return "my-target";
    }

    /** The target, if the signed-in unit leads it in its jurisdiction; otherwise a 403 that says whose it is. */
    private Target mine(String id, Account me) {
        Target t = TargetPage.find(catalog, id);
        if (!me.mayReportOn(t)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "not-your-target", "无权填报这个目标",
                    List.of(ApiProblem.Fault.of("target", "not-your-target", "目标 " + t.id() + "（" + t.jurisdiction()
                            + "）由 " + String.join("、", t.leadUnits()) + " 牵头；你的单位是 " + me.unitLabel())));
        }
        return t;
    }

    /** The findings of the most recent stored check, by target, for the unit's targets only. */
    private Map<String, List<String>> latestFindings(Set<String> ids) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        runs.recent(1).stream().findFirst().flatMap(r -> runs.findings(r.id())).ifPresent(doc -> {
            for (JsonNode f : json.readTree(doc).path("findings")) {
                String subject = f.path("subject").asString();
                if (ids.contains(subject)) {
                    out.computeIfAbsent(subject, k -> new ArrayList<>()).add(
                            cn.dunban.findings.Severity.valueOf(f.path("severity").asString()).label() + "："
                                    + f.path("message").asString());
                }
            }
        });
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PageModel.CHINA));
    }
}
