package cn.dunban.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.findings.Finding;
import cn.dunban.findings.UnitGroups;
import cn.dunban.findings.FindingsReport;

/**
 * One 督办通知单: to one lead unit of one jurisdiction, the unit's findings of one check with their clauses.
 *
 * <p>编号 {@code 督办〔2023〕0930-03号}: the check date's year, month and day, and the unit's place (from 01) among the
 * jurisdiction·units that have findings in that check, ordered by jurisdiction and unit name — so the notices of one
 * check have distinct numbers and the same check gives the same numbers again. An office with its own register
 * gives its number instead. 时限: {@code replyDays} working days after the issue date, as the State Council's
 * holiday arrangement of the year has them ({@link WorkCalendar}: 放假 days skipped, 调休上班 days counted; a year
 * not yet in the calendar, Monday to Friday).
 */
public record Notice(String number, String jurisdiction, String unit, List<String> participating, LocalDate asOf,
        LocalDate issued, int replyDays, LocalDate replyBy, String issuer, List<Finding> findings,
        Map<String, String> documentTitles) {

    /**
     * The notice for {@code unit} in {@code jurisdiction} from a whole check's findings (all units: the number
     * counts them). {@code number} and {@code issuer} may be null for the defaults.
     */
    public static Notice of(FindingsReport all, Catalog catalog, String jurisdiction, String unit, LocalDate issued,
            int replyDays, String issuer, String number) {
        var groups = UnitGroups.of(all);
        var mine = new UnitGroups.Group(jurisdiction, unit);
        List<Finding> findings = groups.getOrDefault(mine, List.of());
        TreeSet<String> names = new TreeSet<>();
        groups.keySet().forEach(g -> names.add(g.jurisdiction() + "\u0000" + g.unit()));
        int place = names.headSet(jurisdiction + "\u0000" + unit).size() + 1;
        String no = number != null ? number
                : String.format("督办〔%d〕%02d%02d-%02d号", all.asOf().getYear(), all.asOf().getMonthValue(),
                        all.asOf().getDayOfMonth(), place);
        TreeSet<String> helpers = new TreeSet<>();
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.getSubject() != null) {
                catalog.target(f.getSubject()).ifPresent(t -> helpers.addAll(t.participatingUnits()));
            }
            if (f.getDocument() != null) {
                titles.put(f.getDocument(), catalog.document(f.getDocument()).map(Document::title).orElse(f.getDocument()));
            }
        }
        helpers.remove(unit);
        return new Notice(no, jurisdiction, unit, new ArrayList<>(helpers), all.asOf(), issued, replyDays,
                WorkCalendar.builtIn().workingDaysAfter(issued, replyDays), issuer != null ? issuer : jurisdiction + "督查室", findings, titles);
    }

    /** The parameter policy staff set for the reply deadline (rules/status/params.json). */
    public static final String REPLY_DAYS = "notice.replyDays";

    /** The reply deadline in working days as the rules directory sets it, if it does. */
    public static java.util.Optional<Integer> replyDays(List<cn.dunban.vocabulary.Parameter> parameters) {
        return parameters.stream().filter(p -> p.name().equals(REPLY_DAYS) && p.value() != null)
                .map(p -> p.value().intValue()).findFirst();
    }
}
