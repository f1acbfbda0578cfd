package cn.dunban.catalog.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time words of a clause into deadlines (docs/catalog.md): 年内/年底前 = 12-31 of the document's
 * year, 6月底前/上半年 = 06-30, 一季度 = 03-31, 三季度末 = 09-30, "2023—2024年" = the end year's 12-31,
 * "3年左右" = 12-31 of the third year counting the document's own.
 * Time words inside 《…》 are parts of titles ("三年行动计划（2023—2025年）") and are ignored.
 */
final class DeadlineParser {

    /** A time word found at {@code start..end} of the clause. */
    record TimeWord(int start, int end, LocalDate date, String words) {
    }

    private static final Pattern WORD = Pattern.compile(String.join("|",
            "(?<year>\\d{4})(?:[—–\\-](?<year2>\\d{4}))?年(?:(?<ymonth>\\d{1,2})月)?(?<yend>底|末)?(?:前|以前)?",
            "(?<half>上半年|下半年|年中)",
            "(?<quarter>前三季度|(?:第?[一二三四1-4])季度)(?:末|底)?(?:前)?",
            "(?<month>\\d{1,2})月(?<mend>底|末|份|下旬|中旬|上旬)?(?<before>前|以前)?",
            "(?<thisyear>年内|年底前|年底|年末|今年|当年|全年|本年度|年度内)",
            "(?<useyears>用)?(?<years>\\d{1,2}|[两三四五])年(?<ysuffix>左右|内|以内|时间)"));

    private final int year;

    DeadlineParser(int year) {
        this.year = year;
    }

    /** The year's end: every target's deadline unless a time word says otherwise. */
    LocalDate yearEnd() {
        return LocalDate.of(year, 12, 31);
    }

    /** Every time word in {@code clause}, in order. */
    List<TimeWord> find(String clause) {
        List<TimeWord> out = new ArrayList<>();
        Matcher m = WORD.matcher(clause);
        while (m.find()) {
            if (insideTitle(clause, m.start())) {
                continue;
            }
            LocalDate d = date(m);
            if (d != null) {
                out.add(new TimeWord(m.start(), m.end(), d, m.group()));
            }
        }
        return out;
    }

    /**
     * Whether a time word can date an event on its own. "全年" speaks of amounts, and a bare year is
     * usually a modifier ("2023年工作要点"); "年内", "6月底前", "2024年底前" date events.
     */
    static boolean datesAnEvent(TimeWord w) {
        return !w.words().equals("全年") && !w.words().matches("\\d{4}(?:[—–\\-]\\d{4})?年");
    }

    /** The deadline governing a quantity at {@code at}: the last time word before it, else the first after. */
    static TimeWord governing(List<TimeWord> words, int at) {
        TimeWord best = null;
        for (TimeWord w : words) {
            if (w.start() <= at) {
                best = w;
            }
        }
        if (best == null && !words.isEmpty()) {
            best = words.get(0);
        }
        return best;
    }

    private LocalDate date(Matcher m) {
        if (m.group("year") != null) {
            int y = Integer.parseInt(m.group("year2") != null ? m.group("year2") : m.group("year"));
            if (y < year - 1 || y > year + 15) {
                return null;
            }
            if (m.group("ymonth") != null) {
                return monthEnd(y, Integer.parseInt(m.group("ymonth")));
            }
            return LocalDate.of(y, 12, 31);
        }
        if (m.group("half") != null) {
            return m.group("half").equals("下半年") ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 6, 30);
        }
        if (m.group("quarter") != null) {
            String q = m.group("quarter");
            int n = q.contains("前三") ? 3 : quarterNumber(q);
            return monthEnd(year, n * 3);
        }
        if (m.group("month") != null) {
            int month = Integer.parseInt(m.group("month"));
            if (month < 1 || month > 12) {
                return null;
            }
            if (m.group("mend") == null && m.group("before") != null) {
                // "6月前": before June begins
                return month == 1 ? LocalDate.of(year - 1, 12, 31) : monthEnd(year, month - 1);
            }
            return monthEnd(year, month);
        }
        if (m.group("thisyear") != null) {
            return LocalDate.of(year, 12, 31);
        }
        if (m.group("years") != null) {
            int n = "两".equals(m.group("years")) ? 2 : "三".equals(m.group("years")) ? 3
                    : "四".equals(m.group("years")) ? 4 : "五".equals(m.group("years")) ? 5
                    : Integer.parseInt(m.group("years"));
            return n < 1 ? null : LocalDate.of(year + n - 1, 12, 31);
        }
        return null;
    }

    private static int quarterNumber(String q) {
        for (char c : q.toCharArray()) {
            int i = "一二三四".indexOf(c);
            if (i >= 0) {
                return i + 1;
            }
            if (c >= '1' && c <= '4') {
                return c - '0';
            }
        }
        return 4;
    }

    private static LocalDate monthEnd(int y, int month) {
        return YearMonth.of(y, month).atEndOfMonth();
    }

    private static boolean insideTitle(String s, int at) {
        int open = s.lastIndexOf('《', at);
        return open >= 0 && s.indexOf('》', open) >= at;
    }
}
