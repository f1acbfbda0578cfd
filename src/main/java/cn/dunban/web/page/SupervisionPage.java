package cn.dunban.web.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsJson;
import cn.dunban.findings.FindingsReport;
import cn.dunban.findings.UnitGroups;
import cn.dunban.office.Notice;
import cn.dunban.office.NoticeDocument;
import cn.dunban.office.SupervisionWorkbook;
import cn.dunban.scope.Scope;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import cn.dunban.web.ApiProblem;
import cn.dunban.web.CheckChanges;
import cn.dunban.web.Checks;
import cn.dunban.web.Scopes;
import cn.dunban.web.Downloads;

/**
 * {@code /supervision}: the supervision list (督办清单) of a stored check, laid out to be printed on A4 and
 * sent — a title, the documents and the check date, one section per jurisdiction·lead unit (findings.UnitGroups,
 * as the text list and the workbook group them), page numbers in the margin — with the workbook and each
 * unit's 督办通知单 to download, and what changed since an earlier check. The files are the same as the
 * API's and the command line's (office.SupervisionWorkbook, office.NoticeDocument), served here to the
 * signed-in browser.
 */
@Controller
class SupervisionPage {


    private final CheckRunStore runs;
    private final CheckChanges changes;
    private final Checks checks;
    private final RulebaseHolder rules;
    private final Catalog catalog;

    SupervisionPage(CheckRunStore runs, CheckChanges changes, Checks checks, RulebaseHolder rules, Catalog catalog) {
        this.runs = runs;
        this.changes = changes;
        this.checks = checks;
        this.rules = rules;
        this.catalog = catalog;
    }

    @GetMapping("/supervision")
    String supervision(@RequestParam(required = false) Long check, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Long since, Model model) {
        List<CheckRun> recent = runs.recent(50);
        Optional<CheckRun> run = check == null ? recent.stream().findFirst() : Optional.of(run(check));
        String place = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction;
        model.addAttribute("runs", recent);
        model.addAttribute("jurisdiction", place);
        model.addAttribute("jurisdictions", Choices.jurisdictions(catalog));
        model.addAttribute("check", run.orElse(null));
        if (run.isEmpty()) {
            return "supervision";
        }
        Scope scope = Scopes.of(catalog, null, place == null ? null : List.of(place), null);
        FindingsReport report = scope.filter(findings(run.get().id()));
        Map<UnitGroups.Group, List<Finding>> groups = UnitGroups.of(report);
        model.addAttribute("groups", groups);
        model.addAttribute("documents", documents(report));
        model.addAttribute("total", report.findings().size());
        model.addAttribute("summary", report.summary());
        model.addAttribute("since", since);
        if (since != null) {
            model.addAttribute("changes", changes.between(since, run.get().id(), scope));
        }
        return "supervision";
    }

    @GetMapping("/supervision/{id}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        return Downloads.attachment(SupervisionWorkbook.write(findings(id), null), Downloads.XLSX, "督办清单-第" + id + "次检查.xlsx");
    }

    @GetMapping("/supervision/{id}/notice.docx")
    ResponseEntity<byte[]> notice(@PathVariable long id, @RequestParam String jurisdiction, @RequestParam String unit) {
        FindingsReport report = findings(id);
        LocalDate issued = checks.today();
        int days = Notice.replyDays(rules.parameters()).orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT,
                "missing-parameter", "无法生成督办通知单", List.of(ApiProblem.Fault.of(Notice.REPLY_DAYS,
                        "missing-parameter", "规则目录中没有参数 " + Notice.REPLY_DAYS + "（办理时限）"))));
        Notice notice = Notice.of(report, catalog, jurisdiction, unit, issued, days, null, null);
        if (notice.findings().isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "nothing-to-supervise", "没有需要督办的事项",
                    List.of(ApiProblem.Fault.of("unit", "nothing-to-supervise",
                            jurisdiction + "·" + unit + " 在第 " + id + " 次检查中没有需要督办的事项")));
        }
        return Downloads.attachment(NoticeDocument.write(notice), Downloads.DOCX, "督办通知单-" + jurisdiction + "-" + unit + ".docx");
    }

    private CheckRun run(long id) {
        return runs.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "unknown-check", "没有这次检查",
                List.of(ApiProblem.Fault.of("check", "unknown-check", "没有编号为 " + id + " 的检查记录"))));
    }

    private FindingsReport findings(long id) {
        run(id);
        return FindingsJson.read(runs.findings(id).orElseThrow());
    }

    private List<Document> documents(FindingsReport report) {
        TreeSet<String> codes = new TreeSet<>();
        report.findings().stream().map(Finding::getDocument).filter(d -> d != null).forEach(codes::add);
        return codes.stream().map(catalog::document).flatMap(Optional::stream).toList();
    }

}
