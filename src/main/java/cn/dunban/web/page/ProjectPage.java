package cn.dunban.web.page;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.dunban.web.ApiProblem;
import tools.jackson.databind.JsonNode;

/**
 * {@code /projects/{id}}: a 两高 project as a check saw it — its register entry from that check's facts —
 * and the controls it breaks, each with the clause it breaks.
 */
@Controller
class ProjectPage {

    private final StoredCheck checks;

    ProjectPage(StoredCheck checks) {
        this.checks = checks;
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable String id, @RequestParam(required = false) Long check, Model model) {
        StoredCheck.Loaded loaded = checks.load(check).orElseThrow(() -> unknown(id));
        JsonNode project = null;
        for (JsonNode p : loaded.facts().path("projects")) {
            if (id.equals(p.path("id").asString())) {
                project = p;
            }
        }
        List<JsonNode> broken = loaded.findingsList().stream()
                .filter(f -> "PROJECT".equals(f.path("subjectType").asString()) && id.equals(f.path("subject").asString()))
                .toList();
        if (project == null && broken.isEmpty()) {
            throw unknown(id);
        }
        model.addAttribute("id", id);
        model.addAttribute("project", Optional.ofNullable(project).orElse(null));
        model.addAttribute("broken", broken);
        model.addAttribute("check", loaded.run());
        return "project";
    }

    private static ApiProblem unknown(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "unknown-project", "没有这个项目",
                List.of(ApiProblem.Fault.of("id", "unknown-project", "所选检查的项目台账中没有项目“" + id + "”")));
    }
}
