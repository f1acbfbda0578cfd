package cn.dunban.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.store.Batch;
import cn.dunban.store.NewReport;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final Catalog catalog;
    private final MeterRegistry registry;

    ReportController(ReportSubmission submission, ReportStore store, Catalog catalog, MeterRegistry registry) {
        this.submission = submission;
        this.store = store;
        this.catalog = catalog;
        this.registry = registry;
    }

    @PostMapping(value = "/api/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交报告：一份 {…}、一批 […] 或 {\"asOf\":…, \"reports\":[…]}；一批要么全部保存，要么都不保存",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", schema = @Schema(ref = OpenApiConfig.REPORTS_BODY), examples = @ExampleObject(value = """
                            [{"target": "JN2023-74-1", "asOf": "2023-09-30", "value": 5.1, "unit": "万人"},
                             {"document": "JN2023", "task": 27, "indicator": "国土空间总体规划", "asOf": "2023-06-20", "done": true}]"""))))
    Batch submit(@RequestBody(required = false) byte[] body, @AuthenticationPrincipal Account user) {
        List<NewReport> reports = submission.read(body, user);
        log.info("保存批次: {} 条报告，提交人 {}", reports.size(), user.username());
        Batch batch = store.append(reports, user.username());
        log.info("批次 {} 已保存: {} 条报告，提交人 {}", batch.id(), batch.reports().size(), user.username());
        registry.counter("dunban.reports.stored").increment(batch.reports().size());
        return batch;
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
