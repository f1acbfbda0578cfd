package cn.dunban.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dunban.catalog.Catalog;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/**
 * What a compiled rulebase must get through before it goes live: checks of known facts that must finish
 * without a rule failing. A rule that compiles but throws when it fires is caught here, before any user's
 * check runs on it (see {@link RulebaseHolder#reload}).
 */
public interface Trial {

    /** The outcome: what was run, and the rules that failed (empty when the rulebase may go live). */
    record Result(List<String> ran, List<InputError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }

        static Result none() {
            return new Result(List.of(), List.of());
        }
    }

    Result run(Rulebase rulebase, Catalog catalog);

    /** No trial: a rulebase that compiles goes live. */
    static Trial none() {
        return (rulebase, catalog) -> Result.none();
    }

    /**
     * Checks each facts file that exists (as of its own {@code asOf}, or 31 December of this year); files
     * that do not fit the catalog are skipped, since they say nothing about the rules.
     */
    static Trial facts(List<Path> files) {
        return (rulebase, catalog) -> {
            List<String> ran = new ArrayList<>();
            List<InputError> errors = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Facts facts;
                try {
                    facts = new FactsReader(catalog).read(Files.readAllBytes(file), file.toString());
                } catch (IOException | InputException e) {
                    continue;
                }
                LocalDate asOf = facts.asOf() != null ? facts.asOf() : LocalDate.of(LocalDate.now().getYear(), 12, 31);
                try {
                    new Checker(rulebase, catalog).check(facts, asOf);
                    ran.add(file + "（" + asOf + "）");
                } catch (RuntimeException e) {
                    errors.add(RuleFailures.describe(e, rulebase));
                    ran.add(file + "（" + asOf + "，出错）");
                }
            }
            return new Result(List.copyOf(ran), errors.stream().distinct().toList());
        };
    }
}
