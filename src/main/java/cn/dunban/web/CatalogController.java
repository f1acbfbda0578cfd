package cn.dunban.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The catalog (docs/catalog.md): documents, their tasks, and the targets, for every signed-in user. */
@RestController
@Tag(name = "目录 catalog", description = "文件、任务与考核目标")
class CatalogController {

    record DocumentSummary(String code, String title, String jurisdiction, int year, int tasks, int targets) {
    }

    record TaskSummary(String document, int task, String title, int targets) {
    }

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/documents")
    @Operation(summary = "全部文件及其代码")
    List<DocumentSummary> documents() {
        return catalog.documents().stream().map(this::summary).toList();
    }

    @GetMapping("/api/documents/{code}")
    @Operation(summary = "一个文件")
    DocumentSummary document(@PathVariable String code) {
        return summary(document(code, "code"));
    }

    @GetMapping("/api/documents/{code}/tasks")
    @Operation(summary = "一个文件中有考核目标的任务（按任务编号）")
    List<TaskSummary> tasks(@PathVariable String code) {
        Document d = document(code, "code");
        Map<Integer, List<Target>> byTask = targetsOf(d.code()).stream()
                .collect(Collectors.groupingBy(Target::task, TreeMap::new, Collectors.toList()));
        return byTask.entrySet().stream()
                .map(e -> new TaskSummary(d.code(), e.getKey(), e.getValue().get(0).taskTitle(), e.getValue().size()))
                .toList();
    }

    @GetMapping("/api/targets")
    @Operation(summary = "考核目标，可按文件、任务、单位筛选")
    List<Target> targets(
            @Parameter(description = "文件代码，如 JN2023") @RequestParam(required = false) String document,
            @Parameter(description = "任务编号") @RequestParam(required = false) Integer task,
            @Parameter(description = "牵头或参与单位，如 市发展改革委") @RequestParam(required = false) String unit) {
        if (document != null && catalog.document(document).isEmpty()) {
            throw ApiProblem.badRequest("document", "unknown-document", "未知文件代码“" + document + "”（可用: "
                    + catalog.documents().stream().map(Document::code).collect(Collectors.joining(", ")) + "）");
        }
        return catalog.targets().stream()
                .filter(t -> document == null || t.document().equals(document))
                .filter(t -> task == null || t.task() == task)
                .filter(t -> unit == null || t.leadUnits().contains(unit) || t.participatingUnits().contains(unit))
                .toList();
    }

    @GetMapping("/api/targets/{id}")
    @Operation(summary = "一个考核目标")
    Target target(@PathVariable String id) {
        return catalog.target(id)
                .orElseThrow(() -> ApiProblem.notFound("id", "unknown-target", "目录中没有目标“" + id + "”"));
    }

    private Document document(String code, String field) {
        return catalog.document(code).orElseThrow(() -> ApiProblem.notFound(field, "unknown-document",
                "未知文件代码“" + code + "”（可用: "
                        + catalog.documents().stream().map(Document::code).collect(Collectors.joining(", ")) + "）"));
    }

    private List<Target> targetsOf(String code) {
        return catalog.targets().stream().filter(t -> t.document().equals(code)).toList();
    }

    private DocumentSummary summary(Document d) {
        List<Target> targets = targetsOf(d.code());
        int tasks = (int) targets.stream().mapToInt(Target::task).distinct().count();
        return new DocumentSummary(d.code(), d.title(), d.jurisdiction(), d.year(), tasks, targets.size());
    }
}
