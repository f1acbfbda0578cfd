package cn.dunban.catalog.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's 完成时限 cell, in the free words tables use: "8月底前", "1-8月" (done by the end of August),
 * "三季度末", "2024年6月", "年底前", "全年", "长期坚持" (a standing task: judged at the year's end).
 * Null for a cell it cannot read, so that the importer says so instead of guessing.
 */
final class TimeLimit {

    private static final Pattern MONTH_SPAN = Pattern.compile("(\\d{1,2})\\s*[-—–~～至到]\\s*(\\d{1,2})\\s*月");
    private static final Pattern STANDING = Pattern.compile("长期|持续|常态化|全年|年内|年底|年末|每年|按年度");
    private static final Pattern CHINESE_MONTH = Pattern.compile("([一二三四五六七八九十]{1,3})月");

    private final int year;
    private final DeadlineParser words;

    TimeLimit(int year) {
        this.year = year;
        this.words = new DeadlineParser(year);
    }

    /** The deadline a cell names, or null when it names none that can be read. */
    LocalDate read(String cell) {
        String t = cell == null ? "" : cell.replaceAll("\\s", "");
        if (t.isEmpty()) {
            return null;
        }
        t = arabicMonths(t);
        Matcher span = MONTH_SPAN.matcher(t);
        LocalDate latest = null;
        if (span.find()) {
            int to = Integer.parseInt(span.group(2));
            if (to >= 1 && to <= 12) {
                latest = YearMonth.of(year, to).atEndOfMonth();
            }
        }
        for (DeadlineParser.TimeWord w : words.find(t)) {
            if (latest == null || w.date().isAfter(latest)) {
                latest = w.date();
            }
        }
        if (latest == null && STANDING.matcher(t).find()) {
            latest = LocalDate.of(year, 12, 31);
        }
        return latest;
    }

    /** "十月底前" → "10月底前": tables write months in either numerals. */
    private static String arabicMonths(String t) {
        Matcher m = CHINESE_MONTH.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int n = chinese(m.group(1));
            m.appendReplacement(b, n >= 1 && n <= 12 ? n + "月" : m.group());
        }
        return m.appendTail(b).toString();
    }

    private static int chinese(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        if (s.startsWith("十")) {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
    }
}
