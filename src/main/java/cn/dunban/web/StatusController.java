package cn.dunban.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.catalog.Catalog;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusJson;
import cn.dunban.status.StatusReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/status}: every target in scope with its status light, from the stored reports (docs/findings.md). */
@RestController
@Tag(name = "状态灯 status", description = "每个目标的红黄绿灯、完成率和序时进度（OFFICER 看全部，UNIT 看本单位）")
class StatusController {

    private final Statuses statuses;
    private final Catalog catalog;

    StatusController(Statuses statuses, Catalog catalog) {
        this.statuses = statuses;
        this.catalog = catalog;
    }

    @GetMapping(value = "/api/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "状态台账：范围内每个目标一盏灯（RED/YELLOW/GREEN/GREY），与 dunban status --format json 同一格式",
            description = "用已上报并存储的报告（截至 asOf 的最新版本）。单位账号只能看本单位牵头的目标。")
    ResponseEntity<byte[]> status(
            @Parameter(description = "文件代码（可重复）") @RequestParam(required = false) List<String> document,
            @Parameter(description = "地区（可重复）") @RequestParam(required = false) List<String> jurisdiction,
            @Parameter(description = "牵头单位（可重复）") @RequestParam(required = false) List<String> unit,
            @Parameter(description = "检查日期 YYYY-MM-DD，默认今天") @RequestParam(required = false) String asOf,
            @AuthenticationPrincipal Account user) {
        Scope scope = statuses.allowed(user, Scopes.of(catalog, document, jurisdiction, unit));
        StatusReport report = statuses.board(Checks.date(asOf), scope);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(StatusJson.render(report).getBytes(StandardCharsets.UTF_8));
    }
}
