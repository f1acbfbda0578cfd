package cn.dunban.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.KieSession;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;
import cn.dunban.findings.Finding;
import cn.dunban.findings.FindingsReport;

/**
 * Runs one check: a fresh session over the rulebase, with the catalog's targets, the facts as of a date
 * and the rules directory's data (parameters, control clauses, target links) in working memory; returns the findings the rules derived. No file or console
 * I/O here: the command line and the web service both call this.
 */
public final class Checker {

    private final Rulebase rulebase;
    private final Catalog catalog;

    public Checker(Rulebase rulebase, Catalog catalog) {
        this.rulebase = rulebase;
        this.catalog = catalog;
    }

    public FindingsReport check(Facts facts, LocalDate asOf) {
        KieSession session = rulebase.kieBase().newKieSession();
        try {
            rulebase.data().forEach(session::insert);
            session.insert(new CheckDate(asOf));
            catalog.targets().forEach(session::insert);
            facts.assignments().forEach(session::insert);
            facts.reportsAt(asOf).forEach(session::insert);
            facts.projects().forEach(session::insert);
            facts.energy().forEach(session::insert);
            session.fireAllRules();
            List<Finding> findings = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                findings.add((Finding) o);
            }
            return new FindingsReport(asOf, rulebase.version(), findings);
        } finally {
            session.dispose();
        }
    }

    public Rulebase rulebase() {
        return rulebase;
    }

    public Catalog catalog() {
        return catalog;
    }
}
