package cn.dunban.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.catalog.Catalog;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.findings.FindingsJson;
import cn.dunban.findings.FindingsReport;
import cn.dunban.office.Notice;
import cn.dunban.office.NoticeDocument;
import cn.dunban.office.SupervisionWorkbook;
import cn.dunban.scope.Scope;
import cn.dunban.store.CheckRun;
import cn.dunban.store.CheckRunStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** {@code /api/checks}: run a check (docs/service.md) and read the history of checks. Officers only. */
@RestController
@Tag(name = "检查 checks", description = "运行合规检查与检查记录（OFFICER）")
class CheckController {

    /** One run in the history; {@code findings} is where its findings document is. */
    record RunSummary(long id, Instant ranAt, String ranBy, LocalDate asOf, String rulebase, String facts,
            JsonNode summary, String findings) {
    }

    /** One run with its findings document (docs/findings.md) as {@code result}. */
    record RunDetail(long id, Instant ranAt, String ranBy, LocalDate asOf, String rulebase, String facts,
            JsonNode summary, JsonNode result) {
    }

    private static final String FACTS_EXAMPLE = """
            {"asOf": "2023-09-30",
             "reports": [
               {"target": "JN2023-74-1", "asOf": "2023-09-30", "value": 5.1, "unit": "万人"},
               {"document": "JN2023", "task": 30, "indicator": "绿色建筑占比", "asOf": "2023-12-31", "value": 98.5, "unit": "%"}
             ]}""";

    private final Checks checks;
    private final CheckRunStore runs;
    private final Catalog catalog;
    private final RulebaseHolder rules;
    private final CheckChanges changes;

    CheckController(Checks checks, CheckRunStore runs, Catalog catalog, RulebaseHolder rules, CheckChanges changes) {
        this.changes = changes;
        this.checks = checks;
        this.runs = runs;
        this.catalog = catalog;
        this.rules = rules;
    }

    @PostMapping(value = "/api/checks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "运行检查：事实文件（docs/facts.md）进，检查结果（docs/findings.md）出",
            description = "请求体为事实文件。若其中没有报告（空请求体，或只有 asOf），则用已上报并存储的报告"
                    + "（截至 asOf 的最新版本）检查。asOf 取查询参数、请求体中的 asOf，或今天。每次检查都存档，"
                    + "响应头 Location 指向存档。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ApiDocuments.Facts.class),
                            examples = @ExampleObject(value = FACTS_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "检查结果",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ApiDocuments.Findings.class))))
    ResponseEntity<byte[]> check(@RequestBody(required = false) byte[] body,
            @Parameter(description = "检查日期 YYYY-MM-DD，优先于请求体中的 asOf") @RequestParam(required = false) String asOf,
            @Parameter(description = "只检查这些文件的目标（文件代码，如 JN2023；可重复）") @RequestParam(required = false) List<String> document,
            @Parameter(description = "只检查这些地区的目标和项目（如 济宁市；可重复）") @RequestParam(required = false) List<String> jurisdiction,
            @Parameter(description = "只检查这些牵头单位的目标（如 市发展改革委；可重复）") @RequestParam(required = false) List<String> unit,
            Authentication user) {
        Scope scope = Scopes.of(catalog, document, jurisdiction, unit);
        Checks.Result r = checks.run(body, asOf, user.getName(), scope);
        return ResponseEntity.ok()
                .location(URI.create("/api/checks/" + r.run().id()))
                .header("Dunban-Check-Id", Long.toString(r.run().id()))
                .header("Dunban-Facts-Source", r.run().factsSource())
                .header("Dunban-Check-Path", r.path())
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(r.findings());
    }

    @GetMapping("/api/checks")
    @Operation(summary = "检查记录，最新的在前")
    List<RunSummary> history(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.badRequest("limit", "out-of-range", "limit 应在 1 到 1000 之间");
        }
        return runs.recent(limit).stream().map(this::summary).toList();
    }

    @GetMapping("/api/checks/{id}")
    @Operation(summary = "一次检查：元数据与检查结果")
    RunDetail run(@PathVariable long id) {
        CheckRun run = runs.find(id).orElseThrow(() -> notFound(id));
        return new RunDetail(run.id(), run.ranAt(), run.ranBy(), run.asOf(), run.rulebase(), run.factsSource(),
                checks.summary(run), checks.tree(runs.findings(id).orElseThrow()));
    }

    @GetMapping(value = "/api/checks/{id}/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "一次检查的结果文件（docs/findings.md），与当时的响应逐字相同",
            responses = @ApiResponse(responseCode = "200", description = "检查结果", content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiDocuments.Findings.class))))
    ResponseEntity<byte[]> findings(@PathVariable long id) {
        return storedJson(runs.findings(id).orElseThrow(() -> notFound(id)));
    }

    @GetMapping(value = "/api/checks/{id}/facts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "一次检查所用的事实文件（docs/facts.md），可据此重跑",
            responses = @ApiResponse(responseCode = "200", description = "事实文件", content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiDocuments.Facts.class))))
    ResponseEntity<byte[]> facts(@PathVariable long id) {
        return storedJson(checks.factsDocument(runs.facts(id).orElseThrow(() -> notFound(id))));
    }

    @GetMapping("/api/checks/{id}/changes")
    @Operation(summary = "与此前一次检查相比：新增、已解决（办结）和仍存在的问题，按地区·牵头单位分列",
            description = "同一问题按规则、对象类型和对象认定（不看说明文字，说明中的数字每月不同）。"
                    + "可用 document、jurisdiction、unit 把两次检查都限定在同一范围内比较。")
    Map<String, Object> changes(@PathVariable long id,
            @Parameter(description = "作比较的此前一次检查的编号") @RequestParam long since,
            @RequestParam(required = false) List<String> document,
            @RequestParam(required = false) List<String> jurisdiction,
            @RequestParam(required = false) List<String> unit) {
        return changes.document(since, id, Scopes.of(catalog, document, jurisdiction, unit));
    }


    @GetMapping(value = "/api/checks/{id}.xlsx")
    @Operation(summary = "一次检查的督办清单工作簿（汇总表 + 每个地区·牵头单位一张表），与 dunban check --format xlsx 相同")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        FindingsReport report = FindingsJson.read(runs.findings(id).orElseThrow(() -> notFound(id)));
        return Downloads.attachment(SupervisionWorkbook.write(report, null), Downloads.XLSX, "督办清单-" + id + ".xlsx");
    }

    @GetMapping(value = "/api/checks/{id}/notice.docx")
    @Operation(summary = "一次检查中某地区某牵头单位的督办通知单（.docx），与 dunban notice 相同",
            description = "编号按检查日期和单位在该次检查中的次序编排；办理时限取规则目录参数 notice.replyDays（工作日）。")
    ResponseEntity<byte[]> notice(@PathVariable long id,
            @Parameter(description = "牵头单位") @RequestParam String unit,
            @Parameter(description = "地区") @RequestParam String jurisdiction,
            @Parameter(description = "发文日期，默认今天") @RequestParam(required = false) String date) {
        Scopes.of(catalog, null, List.of(jurisdiction), List.of(unit));
        FindingsReport report = FindingsJson.read(runs.findings(id).orElseThrow(() -> notFound(id)));
        LocalDate issued = Checks.date(date) != null ? Checks.date(date) : checks.today();
        int days = Notice.replyDays(rules.checker().rulebase().parameters()).orElseThrow(
                () -> ApiProblem.badRequest("notice.replyDays", "missing-parameter", "规则目录中没有参数 notice.replyDays（办理时限）"));
        Notice notice = Notice.of(report, catalog, jurisdiction, unit, issued, days, null, null);
        if (notice.findings().isEmpty()) {
            throw ApiProblem.notFound("unit", "nothing-to-supervise",
                    jurisdiction + "·" + unit + " 在这次检查中没有需要督办的事项");
        }
        return Downloads.attachment(NoticeDocument.write(notice), Downloads.DOCX, "督办通知单-" + jurisdiction + "-" + unit + ".docx");
    }

    /** A document as it was stored, byte for byte, in UTF-8. */
    private static ResponseEntity<byte[]> storedJson(String doc) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(doc.getBytes(StandardCharsets.UTF_8));
    }

    private RunSummary summary(CheckRun run) {
        return new RunSummary(run.id(), run.ranAt(), run.ranBy(), run.asOf(), run.rulebase(), run.factsSource(),
                checks.summary(run), "/api/checks/" + run.id() + "/findings");
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("id", "unknown-check", "没有编号为 " + id + " 的检查记录");
    }
}
