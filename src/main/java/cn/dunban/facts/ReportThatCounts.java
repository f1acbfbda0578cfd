package cn.dunban.facts;

import java.time.LocalDate;

/**
 * Which of a target's reports counts at a check date (目标的“最新报告”): of the reports made at or before
 * that date, the latest by its {@code asOf}; of two on one date, the one given later (later in the input,
 * or stored later). Earlier reports still matter to the rules that judge every report (a floor must hold
 * at any report), but a target's progress is the one report that counts.
 *
 * <p>The one place this is decided: the engine's first load and its incremental additions, and the
 * benchmark's plain-Java baseline, all ask here.
 */
public final class ReportThatCounts {

    private ReportThatCounts() {
    }

    /** Whether the report is known at the check date: made at or before it. A later report waits. */
    public static boolean knownAt(Report report, LocalDate checkDate) {
        return !report.asOf().isAfter(checkDate);
    }

    /**
     * Whether {@code next}, given after {@code current}, takes its place as the report that counts: it is
     * not older (same date: the later given counts). Any report replaces none ({@code current} null).
     */
    public static boolean replaces(Report next, Report current) {
        return current == null || !next.asOf().isBefore(current.asOf());
    }
}
