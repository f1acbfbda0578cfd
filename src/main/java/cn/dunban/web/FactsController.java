package cn.dunban.web;

import java.util.List;

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

import cn.dunban.store.FactBatch;
import cn.dunban.store.FactStore;
import cn.dunban.store.SubmissionStore;
import cn.dunban.store.StoredFact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/facts}: every kind of fact is kept, not only reports — the 两高 project register, energy
 * statistics and assigned values too, append-only with versions, so that a stored check sees them all.
 */
@RestController
@Tag(name = "事实 facts", description = "保存事实文件：报告（UNIT 限本单位牵头目标）、两高项目、能源统计、下达指标（OFFICER）；只增不改，按版本保存")
class FactsController {

    private static final Logger log = LoggerFactory.getLogger(FactsController.class);

    private final FactsSubmission submission;
    private final ReportWarnings reports;
    private final FactStore store;
    private final SubmissionStore submissions;

    FactsController(FactsSubmission submission, ReportWarnings reports, FactStore store, SubmissionStore submissions) {
        this.submission = submission;
        this.reports = reports;
        this.store = store;
        this.submissions = submissions;
    }

    @PostMapping(value = "/api/facts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "保存事实文件（docs/facts.md，任意几个列表），或填好的台账 .xlsx / CSV；有一处错误则全部不保存",
            description = "报告存为报告的新版本；项目按 id、能源统计按 辖区+年度+截至日期、下达指标按目标，各自存为新版本。"
                    + "之后不带事实的检查（POST /api/checks 空请求体）使用全部已存事实的最新版本。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "application/json", schema = @Schema(type = "object"), examples = @ExampleObject(value = """
                            {"projects": [{"id": "P-001", "name": "某焦化项目", "jurisdiction": "济宁市", "county": "邹城市",
                              "industry": "焦化", "stage": "新上", "windowGuidance": false, "energyReview": true}]}""")),
                    @Content(mediaType = Downloads.XLSX_VALUE, schema = @Schema(type = "string", format = "binary"))}))
    FactsSubmission.Stored submit(@RequestBody(required = false) byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type,
            @RequestParam(defaultValue = "") String name, @AuthenticationPrincipal Account user) {
        String file = !name.isBlank() ? name
                : type != null && type.startsWith(Downloads.XLSX_VALUE) ? "facts.xlsx"
                : type != null && type.startsWith("text/csv") ? "facts.csv" : "facts";
        FactsSubmission.Read read = submission.read(body, file, user);
        String who = user.username();
        FactBatch[] facts = new FactBatch[1];
        ReportWarnings.Submitted stored = null;
        if (read.reports().isEmpty()) {
            facts[0] = submission.storeFacts(read.facts(), who);
        } else if (read.facts().isEmpty()) {
            stored = reports.store(read.reports(), who);
        } else {
            // both kinds in one transaction: a failure stores neither
            stored = reports.store(read.reports(), who, batch -> {
                SubmissionStore.Stored both = submissions.append(batch, read.facts(), who);
                facts[0] = both.facts();
                return both.reports();
            });
        }
        if (facts[0] != null) {
            log.info("事实批次 {} 已保存: {} 条（项目、能源统计、下达指标），提交人 {}", facts[0].id(), facts[0].facts().size(), who);
        }
        if (stored != null) {
            log.info("批次 {} 已保存: {} 条报告（{} 条有疑问），提交人 {}", stored.id(), stored.reports().size(),
                    stored.warnings().size(), user.username());
        }
        return new FactsSubmission.Stored(facts[0], stored);
    }

    @GetMapping("/api/facts")
    @Operation(summary = "已保存的项目、能源统计、下达指标：每项最新版本；给出 kind 和 key 则为该项的全部版本（OFFICER）")
    List<StoredFact> stored(@RequestParam(required = false) String kind, @RequestParam(required = false) String key,
            @AuthenticationPrincipal Account user) {
        if (user.role() != Role.OFFICER) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", List.of(ApiProblem.Fault.of("",
                    "officer-only", "已存的项目、能源统计和下达指标供督办人员查看")));
        }
        if (kind != null && key != null) {
            return store.history(kind, key);
        }
        return store.current().stream().filter(f -> kind == null || f.kind().equals(kind)).toList();
    }
}
