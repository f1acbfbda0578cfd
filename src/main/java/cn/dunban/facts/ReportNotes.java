package cn.dunban.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words a unit writes beside a figure in its ledger — 进展情况, 存在问题, 下一步措施, 备注 — as optional text
 * fields of a report. Rules do not read them; they are checked as text and kept with the stored report, so
 * that the officer reads them where the unit wrote them.
 */
public final class ReportNotes {

    /** Field name → the ledger column it comes from. */
    public static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("progress", "进展情况");
        FIELDS.put("problems", "存在问题");
        FIELDS.put("nextSteps", "下一步措施");
        FIELDS.put("note", "备注");
    }

    private ReportNotes() {
    }
}
