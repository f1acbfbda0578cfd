package cn.dunban.ledger;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell's value as its column wants it, or a plain Chinese reason why it cannot be. Lenient where the
 * meaning is certain (a number typed as text, full-width digits, 2023/9/30, 2023年9月30日, √), strict where
 * it is not (5.1万人 in a number cell, 2023-02-30, 基本完成 for 是否完成).
 */
final class CellValues {

    /** A converted value, or the reason it could not be converted. */
    record Result(Object value, String problem) {
        static Result ok(Object v) {
            return new Result(v, null);
        }

        static Result bad(String problem) {
            return new Result(null, problem);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /** Excel's day numbers of 2000-01-01 and 2100-12-31. */
    private static final double EXCEL_2000 = 36526;
    private static final double EXCEL_2100 = 73415;
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");
    private static final Set<String> YES = Set.of("是", "已完成", "完成", "已办结", "办结", "√", "✓", "✔", "Y", "YES", "TRUE");
    private static final Set<String> NO = Set.of("否", "未完成", "未办结", "×", "✗", "✘", "N", "NO", "FALSE");

    private CellValues() {
    }

    static Result convert(Object raw, CellKind kind, String header) {
        return switch (kind) {
            case NUMBER -> number(raw, header);
            case INTEGER -> integer(raw, header);
            case DATE -> date(raw, header);
            case YES_NO -> yesNo(raw, header);
            case TEXT, UNIT -> Result.ok(text(raw));
        };
    }

    private static Result number(Object raw, String header) {
        if (raw instanceof Double d) {
            return Double.isFinite(d) ? Result.ok(d) : Result.bad("「" + header + "」的值不是有限数字");
        }
        if (raw instanceof String s) {
            String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
            if (NUMBER.matcher(n).matches()) {
                return Result.ok(Double.parseDouble(n.replace(",", "")));
            }
            return Result.bad("“" + s + "”不是数字：「" + header + "」只填数字，单位填在单位列");
        }
        return Result.bad("「" + header + "」应为数字，不是" + describe(raw));
    }

    private static Result integer(Object raw, String header) {
        if (raw instanceof Double d && d == Math.rint(d)) {
            return Result.ok(d.intValue());
        }
        if (raw instanceof String s) {
            Matcher m = YEAR.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).strip());
            if (m.matches()) {
                return Result.ok(Integer.parseInt(m.group(1)));
            }
        }
        return Result.bad("“" + text(raw) + "”不是年份：「" + header + "」填四位数字，如 2024");
    }

    private static Result date(Object raw, String header) {
        if (raw instanceof LocalDate d) {
            return Result.ok(d);
        }
        // A date cell pasted without its date format shows Excel's day number (45199 = 2023-09-30).
        if (raw instanceof Double d && d == Math.rint(d) && d >= EXCEL_2000 && d <= EXCEL_2100) {
            return Result.ok(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(d).toLocalDate());
        }
        String s = raw instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue())
                : raw instanceof String str ? Normalizer.normalize(str, Normalizer.Form.NFKC).strip() : null;
        if (s != null) {
            Matcher m = DATE.matcher(s);
            if (!m.matches()) {
                m = COMPACT_DATE.matcher(s);
            }
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                int d = Integer.parseInt(m.group(3));
                try {
                    return Result.ok(LocalDate.of(y, mo, d));
                } catch (DateTimeException e) {
                    return Result.bad("日期不存在：" + y + "年" + mo + "月" + d + "日");
                }
            }
        }
        return Result.bad("“" + text(raw) + "”不是日期：「" + header + "」填日期，如 2023-09-30");
    }

    private static Result yesNo(Object raw, String header) {
        if (raw instanceof Boolean b) {
            return Result.ok(b);
        }
        String s = text(raw).strip().toUpperCase();
        if (YES.contains(s)) {
            return Result.ok(Boolean.TRUE);
        }
        if (NO.contains(s)) {
            return Result.ok(Boolean.FALSE);
        }
        return Result.bad("“" + text(raw) + "”不是“是”或“否”：「" + header + "」只填“是”或“否”");
    }

    /** A cell as text: numbers without a trailing .0, dates as 2023-09-30, 是/否 for true/false. */
    static String text(Object raw) {
        if (raw == null) {
            return "";
        }
        if (raw instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (raw instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return raw.toString();
    }

    private static String describe(Object raw) {
        if (raw instanceof LocalDate d) {
            return "日期 " + d;
        }
        if (raw instanceof Boolean b) {
            return b ? "“是”" : "“否”";
        }
        return "“" + raw + "”";
    }
}
