package cn.dunban.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.catalog.Catalog;
import cn.dunban.ledger.LedgerScope;
import cn.dunban.ledger.LedgerWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/ledger}: the workbook a unit fills in. A unit gets its own ledger only (the targets it
 * leads, in its jurisdiction); officers any ledger and the templates of the project register and the
 * energy statistics.
 */
@RestController
@Tag(name = "台账 ledger", description = "下载台账（UNIT 只能下载本单位的）与两高项目、能源统计模板（OFFICER）")
class LedgerController {


    private final LedgerWriter writer;

    LedgerController(Catalog catalog) {
        this.writer = new LedgerWriter(catalog);
    }

    @GetMapping(value = "/api/ledger")
    @Operation(summary = "下载台账 .xlsx：kind=targets（重点任务台账，默认）、projects（两高项目台账）、energy（能源统计）",
            description = "单位用户只能下载本单位牵头目标的台账，unit 与 jurisdiction 取自账号。")
    ResponseEntity<byte[]> ledger(@RequestParam(required = false) String document,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "targets") String kind, @AuthenticationPrincipal Account user) {
        if (user.role() == Role.UNIT) {
            if (!kind.equals("targets")) {
                throw forbidden("kind", "项目台账和能源统计由督办人员（OFFICER）填报");
            }
            if (unit != null && !unit.equals(user.unit())) {
                throw forbidden("unit", "只能下载本单位的台账；你的单位是 " + user.unitLabel());
            }
            if (jurisdiction != null && user.jurisdiction() != null && !jurisdiction.equals(user.jurisdiction())) {
                throw forbidden("jurisdiction", "只能下载本单位的台账；你的单位是 " + user.unitLabel());
            }
            unit = user.unit();
            jurisdiction = user.jurisdiction() != null ? user.jurisdiction() : jurisdiction;
        } else if (user.role() != Role.OFFICER) {
            throw forbidden("", "台账供责任单位和督办人员使用");
        }
        LedgerScope scope = new LedgerScope(document, jurisdiction, unit);
        byte[] body;
        String name;
        try {
            switch (kind) {
                case "targets" -> {
                    body = writer.targets(scope);
                    name = document + (jurisdiction == null ? "" : "-" + jurisdiction) + (unit == null ? "" : "-" + unit)
                            + "-台账.xlsx";
                }
                case "projects" -> {
                    body = writer.projects(jurisdiction);
                    name = (jurisdiction == null ? "" : jurisdiction + "-") + "两高项目台账.xlsx";
                }
                case "energy" -> {
                    body = writer.energy(scope);
                    name = document + "-能源统计.xlsx";
                }
                default -> throw ApiProblem.badRequest("kind", "unknown-kind", "kind 只能是 targets、projects 或 energy");
            }
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage().contains("文件代码") ? "document" : unit != null ? "unit"
                    : "jurisdiction", "unknown-scope", e.getMessage());
        }
        return Downloads.attachment(body, Downloads.XLSX, name);
    }

    private static ApiProblem forbidden(String field, String message) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "无权操作", List.of(ApiProblem.Fault.of(field,
                "forbidden", message)));
    }
}
