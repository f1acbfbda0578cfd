package cn.dunban.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.store.NewReport;
import cn.dunban.store.ReportStore;
import cn.dunban.store.ReportWarning;
import cn.dunban.store.StoredReport;
import cn.dunban.store.WarningStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/reports}: units submit progress reports all year; officers may submit for any target.
 * Reports are never changed: a second report for the same target and date is a new version.
 */
@RestController
@Tag(name = "报告 reports", description = "上报进展（UNIT 限本单位牵头的目标；OFFICER 不限），只增不改")
class ReportController {

    private static final Logger log = LoggerFactory.getLogger(ReportController.class);

    private final ReportSubmission submission;
    private final ReportStore store;
    private final ReportWarnings warnings;
    private final WarningStore warningStore;
    private final Catalog catalog;

    ReportController(ReportSubmission submission, ReportStore store, ReportWarnings warnings, WarningStore warningStore,
            Catalog catalog) {
        this.submission = submission;
        this.store = store;
        this.warnings = warnings;
        this.warningStore = warningStore;
        this.catalog = catalog;
    }

    @PostMapping(value = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交报告：一份 {…}、一批 […] 或 {\"asOf\":…, \"reports\":[…]}；一批要么全部保存，要么都不保存",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", schema = @Schema(ref = OpenApiConfig.REPORTS_BODY), examples = @ExampleObject(value = """
                            [{"target": "JN2023-74-1", "asOf": "2023-09-30", "value": 5.1, "unit": "万人"},
                             {"document": "JN2023", "task": 27, "indicator": "国土空间总体规划", "asOf": "2023-06-20", "done": true}]"""))))
    ReportWarnings.Submitted submit(@RequestBody(required = false) byte[] body, @AuthenticationPrincipal Account user) {
        return store(submission.read(body, user), user);
    }

    @PostMapping(value = "/api/reports", consumes = {Downloads.XLSX_VALUE, "text/csv"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传填好的台账 .xlsx（或另存为 CSV）：每个填写了的行是一份报告；任何一格有误则全部不保存，逐格指出",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))))
    ReportWarnings.Submitted upload(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) String type,
            @RequestParam(defaultValue = "") String name, @AuthenticationPrincipal Account user) {
        String file = !name.isBlank() ? name : type.startsWith("text/csv") ? "台账.csv" : "台账.xlsx";
        return store(submission.ledger(body, file, user), user);
    }

    private ReportWarnings.Submitted store(List<NewReport> reports, Account user) {
        log.info("保存批次: {} 条报告，提交人 {}", reports.size(), user.username());
        ReportWarnings.Submitted stored = warnings.store(reports, user.username());
        log.info("批次 {} 已保存: {} 条报告（{} 条有疑问），提交人 {}", stored.id(), stored.reports().size(),
                stored.warnings().size(), user.username());
        return stored;
    }

    @GetMapping("/api/reports/warnings")
    @Operation(summary = "已保存但有疑问的报告（如累计值与上次报告相差过大），最新的在前（单位只看到本单位牵头的目标）")
    List<ReportWarning> warnings(@RequestParam(defaultValue = "200") int limit, @AuthenticationPrincipal Account user) {
        if (limit < 1 || limit > 10000) {
            throw ApiProblem.badRequest("limit", "out-of-range", "limit 应在 1 到 10000 之间");
        }
        if (user.role() == Role.OFFICER) {
            return warningStore.recent(null, limit);
        }
        return warningStore.recent(catalog.targets().stream().filter(user::mayReportOn).map(Target::id)
                .collect(Collectors.toSet()), limit);
    }

    @GetMapping("/api/reports")
    @Operation(summary = "报告及其历次版本：给出 target 则是该目标的全部版本，否则为最近提交的（单位只看到本单位牵头的目标）")
    List<StoredReport> history(@RequestParam(required = false) String target,
            @RequestParam(defaultValue = "200") int limit, @AuthenticationPrincipal Account user) {
        if (limit < 1 || limit > 10000) {
            throw ApiProblem.badRequest("limit", "out-of-range", "limit 应在 1 到 10000 之间");
        }
        if (target != null) {
            Target t = catalog.target(target).orElseThrow(() -> ApiProblem.badRequest("target", "unknown-target",
                    "目录中没有目标“" + target + "”"));
            if (!user.mayReportOn(t)) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "not-your-target", "无权查看这个目标的报告",
                        List.of(ApiProblem.Fault.of("target", "not-your-target",
                                "目标 " + t.id() + " 由 " + String.join("、", t.leadUnits()) + " 牵头")));
            }
            return store.history(target);
        }
        if (user.role() == Role.OFFICER) {
            return store.recent(null, limit);
        }
        return store.recent(catalog.targets().stream().filter(user::mayReportOn).map(Target::id)
                .collect(Collectors.toSet()), limit);
    }
}
