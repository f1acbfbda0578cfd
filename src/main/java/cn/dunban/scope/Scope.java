package cn.dunban.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;

/**
 * Which part of the catalog a check or a status board is about: documents (by code), jurisdictions and
 * lead units, each a set (empty = no restriction); a target is in scope when it passes every restriction
 * given. The command line ({@code --document}, {@code --jurisdiction}, {@code --unit}, each may repeat) and
 * the HTTP API ({@code ?document=&jurisdiction=&unit=}) build the same object with {@link #of}.
 *
 * <p>A unit matches a target's <em>lead</em> units (牵头单位) only, not its participating units (配合单位):
 * the list sent to a unit is what that unit must answer for, and for a joint item the lead unit replies
 * (督办 practice). A jurisdiction matches exactly: 济宁市 does not take in 兖州区 or 济宁经济技术开发区,
 * which have documents and supervision lists of their own.
 *
 * <p>Findings follow their subject: a target's (or a lower plan's target's) by the target's document,
 * jurisdiction and lead units; a project's and a jurisdiction's statistics' by the jurisdiction and the
 * cited clause's document and lead units.
 */
public record Scope(Set<String> documents, Set<String> jurisdictions, Set<String> units) {

    public static final Scope ALL = new Scope(Set.of(), Set.of(), Set.of());

    public Scope {
        documents = Set.copyOf(documents);
        jurisdictions = Set.copyOf(jurisdictions);
        units = Set.copyOf(units);
    }

    /**
     * A scope checked against the catalog: an unknown document code, jurisdiction or unit is refused
     * with the names the catalog knows, all problems at once. Blank values are refused too, so that an
     * empty {@code ?unit=} from a form is not read as "every unit" without saying so.
     */
    public static Scope of(Catalog catalog, Collection<String> documents, Collection<String> jurisdictions,
            Collection<String> units) {
        List<ScopeException.Problem> problems = new ArrayList<>();
        Set<String> docs = clean(documents, "document", problems);
        Set<String> places = clean(jurisdictions, "jurisdiction", problems);
        Set<String> leads = clean(units, "unit", problems);
        Set<String> knownDocs = catalog.documents().stream().map(Document::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> knownPlaces = new LinkedHashSet<>();
        Set<String> knownLeads = new TreeSet<>();
        Set<String> participating = new TreeSet<>();
        for (Target t : catalog.targets()) {
            knownPlaces.add(t.jurisdiction());
            knownLeads.addAll(t.leadUnits());
            participating.addAll(t.participatingUnits());
        }
        for (String d : docs) {
            if (!knownDocs.contains(d)) {
                problems.add(new ScopeException.Problem("document", "不认识的文件代码“" + d + "”；可用：" + String.join("、", knownDocs)));
            }
        }
        for (String j : places) {
            if (!knownPlaces.contains(j)) {
                problems.add(new ScopeException.Problem("jurisdiction", "不认识的地区“" + j + "”；可用：" + String.join("、", knownPlaces)));
            }
        }
        for (String u : leads) {
            if (!knownLeads.contains(u)) {
                String why = participating.contains(u)
                        ? "“" + u + "”只作为配合单位出现，督办清单按牵头单位列出"
                        : "不认识的牵头单位“" + u + "”";
                problems.add(new ScopeException.Problem("unit", why + "；可用：" + String.join("、", knownLeads)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScopeException(problems);
        }
        return new Scope(docs, places, leads);
    }

    private static Set<String> clean(Collection<String> values, String field, List<ScopeException.Problem> problems) {
        Set<String> out = new LinkedHashSet<>();
        if (values == null) {
            return out;
        }
        for (String v : values) {
            if (v == null || v.isBlank()) {
                problems.add(new ScopeException.Problem(field, field + " 不能为空"));
            } else {
                out.add(v.strip());
            }
        }
        return out;
    }

    public boolean isAll() {
        return documents.isEmpty() && jurisdictions.isEmpty() && units.isEmpty();
    }

    public boolean includes(Target t) {
        return (documents.isEmpty() || documents.contains(t.document()))
                && (jurisdictions.isEmpty() || jurisdictions.contains(t.jurisdiction()))
                && (units.isEmpty() || t.leadUnits().stream().anyMatch(units::contains));
    }

    public boolean includes(Finding f) {
        return (documents.isEmpty() || documents.contains(f.getDocument()))
                && (jurisdictions.isEmpty() || jurisdictions.contains(f.getJurisdiction()))
                && (units.isEmpty() || f.getLeadUnits().stream().anyMatch(units::contains));
    }

    /** The findings in scope, the rest of the document (date, rulebase) unchanged. */
    public FindingsReport filter(FindingsReport report) {
        if (isAll()) {
            return report;
        }
        return new FindingsReport(report.asOf(), report.rulebase(),
                report.findings().stream().filter(this::includes).toList());
    }

    /** For titles and headers: "文件 JN2023　地区 济宁市　牵头单位 市发展改革委", or "全部" without restriction. */
    public String describe() {
        if (isAll()) {
            return "全部";
        }
        List<String> parts = new ArrayList<>();
        if (!documents.isEmpty()) {
            parts.add("文件 " + String.join("、", new TreeSet<>(documents)));
        }
        if (!jurisdictions.isEmpty()) {
            parts.add("地区 " + String.join("、", new TreeSet<>(jurisdictions)));
        }
        if (!units.isEmpty()) {
            parts.add("牵头单位 " + String.join("、", new TreeSet<>(units)));
        }
        return String.join("　", parts);
    }
}
