package cn.dunban.web.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.dunban.catalog.Catalog;
import cn.dunban.scope.Scope;
import cn.dunban.status.StatusReport;
import cn.dunban.status.TargetStatus;
import cn.dunban.vocabulary.Light;
import cn.dunban.web.Account;
import cn.dunban.web.Checks;
import cn.dunban.web.Role;
import cn.dunban.web.Scopes;
import cn.dunban.web.Statuses;

/**
 * {@code /}: the officer's board. Filters are query parameters, so the page works without scripts and every
 * view has an address an officer can send. The lights, 完成率 and 序时进度 are the status rules' (the same
 * board as {@code GET /api/status}); the page only counts and filters them.
 */
@Controller
class BoardPage {

    private final Catalog catalog;
    private final Statuses statuses;
    private final Checks checks;

    BoardPage(Catalog catalog, Statuses statuses, Checks checks) {
        this.catalog = catalog;
        this.statuses = statuses;
        this.checks = checks;
    }

    @GetMapping("/")
    String board(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String document,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer task,
            @RequestParam(required = false) String light, @RequestParam(required = false) String asOf,
            Authentication user, Model model) {
        if (user.getPrincipal() instanceof Account a && a.role() != Role.OFFICER) {
            return "redirect:" + (a.role() == Role.UNIT ? "/my" : "/rules");
        }
        Choices chosen = Choices.of(jurisdiction, document, unit, task, light);
        Scope scope = Scopes.of(catalog, Choices.listOf(chosen.document()), Choices.listOf(chosen.jurisdiction()),
                Choices.listOf(chosen.unit()));
        LocalDate date = PageDates.parse(asOf, "asOf").orElse(null);
        StatusReport report = statuses.board(date, scope);
        List<TargetStatus> inTask = report.targets().stream()
                .filter(t -> chosen.task() == null || t.target().task() == chosen.task()).toList();
        List<TargetStatus> rows = inTask.stream()
                .filter(t -> chosen.light() == null || t.light().name().equals(chosen.light())).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("asOf", report.asOf());
        model.addAttribute("rulebase", report.rulebase());
        model.addAttribute("rows", rows);
        model.addAttribute("lights", Light.values());
        model.addAttribute("total", count(inTask));
        model.addAttribute("byDocument", byDocument(inTask));
        model.addAttribute("byUnit", byUnit(inTask));
        model.addAttribute("jurisdictions", Choices.jurisdictions(catalog));
        model.addAttribute("documents", chosen.documents(catalog));
        model.addAttribute("units", chosen.units(catalog));
        model.addAttribute("tasks", chosen.tasks(catalog));
        return "board";
    }

    /** Stores a check of the stored facts in the board's scope and date, and opens its supervision list. */
    @PostMapping("/checks")
    String runCheck(@RequestParam(required = false) String asOf, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String document, @RequestParam(required = false) String unit,
            Authentication user) {
        Choices chosen = Choices.of(jurisdiction, document, unit, null, null);
        Scope scope = Scopes.of(catalog, Choices.listOf(chosen.document()), Choices.listOf(chosen.jurisdiction()),
                Choices.listOf(chosen.unit()));
        Checks.Result r = checks.run(null, asOf, user.getName(), scope);
        return "redirect:" + UriComponentsBuilder.fromPath("/supervision").queryParam("check", r.run().id())
                .queryParamIfPresent("jurisdiction", Optional.ofNullable(chosen.jurisdiction()))
                .encode().build().toUriString();
    }

    /** Targets per light, keyed by the light's name (RED first), every light present. */
    static Map<String, Integer> count(List<TargetStatus> rows) {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (Light l : Light.values()) {
            c.put(l.name(), 0);
        }
        rows.forEach(r -> c.merge(r.light().name(), 1, Integer::sum));
        return c;
    }

    private static Map<String, Map<String, Integer>> byDocument(List<TargetStatus> rows) {
        Map<String, List<TargetStatus>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.target().document(), k -> new ArrayList<>()).add(r));
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        groups.forEach((k, v) -> out.put(k, count(v)));
        return out;
    }

    /** Per jurisdiction·lead unit; a target with several lead units counts under each, as each answers for it. */
    private static Map<String, Map<String, Integer>> byUnit(List<TargetStatus> rows) {
        Map<String, List<TargetStatus>> groups = new TreeMap<>(java.text.Collator.getInstance(java.util.Locale.CHINA));
        rows.forEach(r -> r.target().leadUnits().forEach(u -> groups
                .computeIfAbsent(r.target().jurisdiction() + "·" + u, k -> new ArrayList<>()).add(r)));
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, count(v)));
        return out;
    }
}
