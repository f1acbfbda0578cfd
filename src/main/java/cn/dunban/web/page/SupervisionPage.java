package cn.dunban.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.findings.Severity;
import tools.jackson.databind.JsonNode;

/**
 * {@code /supervision}: the supervision list (督办清单) of a stored check, laid out to be printed on A4 and
 * sent: a title, the documents and the check date, one section per jurisdiction·lead unit (a finding led
 * by several units appears under each, so each unit's section is complete), page numbers in the margin.
 */
@Controller
class SupervisionPage {

    /** One unit's section: {@code 济宁市·市发展改革委} and its findings, most serious first. */
    record Group(String jurisdiction, String unit, List<JsonNode> findings) {

        public String heading() {
            return jurisdiction + "·" + unit;
        }
    }

    static final String NO_UNIT = "（未明确牵头单位）";

    private final StoredCheck checks;
    private final Catalog catalog;

    SupervisionPage(StoredCheck checks, Catalog catalog) {
        this.checks = checks;
        this.catalog = catalog;
    }

    @GetMapping("/supervision")
    String supervision(@RequestParam(required = false) Long check, @RequestParam(required = false) String jurisdiction,
            Model model) {
        Optional<StoredCheck.Loaded> loaded = checks.load(check);
        model.addAttribute("runs", checks.recent(50));
        model.addAttribute("check", loaded.orElse(null));
        model.addAttribute("jurisdiction", jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction);
        if (loaded.isEmpty()) {
            return "supervision";
        }
        List<JsonNode> findings = loaded.get().findingsList().stream()
                .filter(f -> jurisdiction == null || jurisdiction.isBlank()
                        || jurisdiction.equals(f.path("jurisdiction").asString()))
                .toList();
        model.addAttribute("groups", groups(findings));
        model.addAttribute("documents", documents(findings));
        model.addAttribute("total", findings.size());
        model.addAttribute("summary", summary(findings));
        model.addAttribute("jurisdictions", Choices.jurisdictions(catalog));
        return "supervision";
    }

    static List<Group> groups(List<JsonNode> findings) {
        Map<String, Group> byUnit = new LinkedHashMap<>();
        for (JsonNode f : findings) {
            String where = f.path("jurisdiction").asString("");
            List<String> units = new ArrayList<>();
            f.path("leadUnits").forEach(u -> units.add(u.asString()));
            if (units.isEmpty()) {
                units.add(NO_UNIT);
            }
            for (String u : units) {
                byUnit.computeIfAbsent(where + "\u0000" + u, k -> new Group(where, u, new ArrayList<>())).findings().add(f);
            }
        }
        List<Group> groups = new ArrayList<>(byUnit.values());
        groups.sort(java.util.Comparator.comparing(Group::jurisdiction)
                .thenComparing(g -> Severity.valueOf(g.findings().get(0).path("severity").asString()))
                .thenComparing(g -> -g.findings().size()).thenComparing(Group::unit));
        return groups;
    }

    private List<Document> documents(List<JsonNode> findings) {
        TreeSet<String> codes = new TreeSet<>();
        findings.forEach(f -> {
            if (f.hasNonNull("document")) {
                codes.add(f.path("document").asString());
            }
        });
        return codes.stream().map(catalog::document).flatMap(Optional::stream).toList();
    }

    private static Map<String, Integer> summary(List<JsonNode> findings) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            c.put(s.label(), 0);
        }
        findings.forEach(f -> c.merge(Severity.valueOf(f.path("severity").asString()).label(), 1, Integer::sum));
        return c;
    }
}
