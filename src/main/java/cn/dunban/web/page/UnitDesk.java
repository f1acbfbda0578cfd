package cn.dunban.web.page;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;
import cn.dunban.ledger.LedgerScope;
import cn.dunban.ledger.LedgerWriter;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusReport;
import cn.dunban.store.ReportStore;
import cn.dunban.store.ReportWarning;
import cn.dunban.store.StoredReport;
import cn.dunban.web.Account;
import cn.dunban.web.ApiProblem;
import cn.dunban.web.ReportSubmission;
import cn.dunban.web.ReportWarnings;
import cn.dunban.web.Statuses;
import cn.dunban.web.Downloads;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /my}: a reporting unit's desk. The unit sees the targets it leads in its jurisdiction — no other —
 * with their lights (the status rules', on the stored reports, as {@code GET /api/status} gives them); it reports on one target through a form,
 * and sees everything it has submitted. A report from the form goes through the same reading, permission
 * and storage as {@code POST /api/reports}; the reporting unit is the signed-in account.
 */
@Controller
class UnitDesk {

    /** What the unit typed, kept when the report is refused so nothing has to be typed again. */
    record Typed(String value, String unit, String asOf, String done, String progress, String problems) {
    }


    private final Catalog catalog;
    private final ReportStore reports;
    private final Statuses statuses;
    private final ReportSubmission submission;
    private final ReportWarnings warnings;
    private final JsonMapper json;
    private final Clock clock;

    UnitDesk(Catalog catalog, ReportStore reports, Statuses statuses, ReportSubmission submission,
            ReportWarnings warnings, JsonMapper json, Clock clock) {
        this.warnings = warnings;
        this.catalog = catalog;
        this.reports = reports;
        this.statuses = statuses;
        this.submission = submission;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/my")
    String desk(@RequestParam(required = false) String asOf, @AuthenticationPrincipal Account me, Model model) {
        StatusReport board = statuses.board(PageDates.parse(asOf, "asOf").orElse(null),
                statuses.allowed(me, Scope.ALL));
        Set<String> ids = board.targets().stream().map(s -> s.target().id()).collect(Collectors.toSet());
        model.addAttribute("asOf", board.asOf());
        model.addAttribute("rows", board.targets());
        model.addAttribute("lights", BoardPage.count(board.targets()));
        model.addAttribute("history", reports.recent(ids, 200));
        model.addAttribute("documents", board.targets().stream().map(s -> s.target().document()).distinct().sorted()
                .map(catalog::document).flatMap(java.util.Optional::stream).toList());
        return "my";
    }

    /**
     * A filled ledger uploaded: read as {@code POST /api/reports} reads it (every bad cell located, nothing
     * stored if any is wrong), the reports stored as the signed-in unit's.
     */
    @PostMapping("/my/ledger")
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal Account me, Model model,
            RedirectAttributes redirect) throws java.io.IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "台账.xlsx"
                : file.getOriginalFilename();
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadRefused", List.of("没有选择文件，或文件是空的"));
            return "redirect:/my";
        }
        try {
            ReportWarnings.Submitted stored = warnings.store(submission.ledger(file.getBytes(), name, me), me.username());
            redirect.addFlashAttribute("uploaded", "台账“" + name + "”已保存：" + stored.reports().size() + " 条报告");
            redirect.addFlashAttribute("warnings", stored.warnings().stream()
                    .map(w -> w.target() + "：" + w.message()).toList());
        } catch (ApiProblem p) {
            redirect.addFlashAttribute("uploadRefused", p.reasons());
            redirect.addFlashAttribute("uploadName", name);
        } catch (InputException e) {
            redirect.addFlashAttribute("uploadRefused", e.errors().stream().map(InputError::toString).toList());
            redirect.addFlashAttribute("uploadName", name);
        }
        return "redirect:/my";
    }

    /** The unit's ledger (台账) of one document: the targets it leads there, ready to fill in a spreadsheet. */
    @GetMapping("/my/ledger")
    ResponseEntity<byte[]> ledger(@RequestParam String document, @AuthenticationPrincipal Account me) {
        byte[] body;
        try {
            body = new LedgerWriter(catalog).targets(new LedgerScope(document, me.jurisdiction(), me.unit()));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "unknown-scope", "无法生成台账",
                    List.of(ApiProblem.Fault.of("document", "unknown-scope", e.getMessage())));
        }
        String name = document + (me.jurisdiction() == null ? "" : "-" + me.jurisdiction()) + "-" + me.unit() + "-台账.xlsx";
        return Downloads.attachment(body, Downloads.XLSX, name);
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
                ReportWarnings.Submitted stored = warnings.store(submission.read(json.writeValueAsBytes(report), me),
                        me.username());
                StoredReport r = stored.reports().get(0);
                redirect.addFlashAttribute("saved", "已保存：" + r.asOf() + " 的报告（第 " + r.version() + " 版）");
                redirect.addFlashAttribute("warnings", stored.warnings().stream().map(ReportWarning::message).toList());
                return "redirect:/my/targets/" + t.id();
            } catch (ApiProblem p) {
                refused.addAll(p.messages());
            } catch (InputException e) {
                e.errors().forEach(x -> refused.add(x.toString()));
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PageModel.CHINA));
    }
}
