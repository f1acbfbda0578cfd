package cn.dunban.vocabulary;

import cn.dunban.facts.Report;

/**
 * The report that counts for a target at the check date — the latest dated at or before it; of two on one date,
 * the later given ({@link cn.dunban.facts.ReportThatCounts}). The engine puts one into working memory per reported
 * target, and most rules read nothing else: "它截至检查日最新的一份报告" joins a goal to it by {@code target}.
 * A unit's report is a {@link Report}, whatever the date; which one counts is the engine's reading of the reports
 * at one date, so it is a fact of its own here rather than a flag on the report. Rules that read every report of
 * a target ask for them ({@link NeedsAllReports}) and match {@code Report}.
 */
public record CountingReport(String target, Report report) {

    public CountingReport(Report report) {
        this(report.target(), report);
    }
}
