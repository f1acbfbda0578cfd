package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Units;

/**
 * Finds numbers with a unit in cleaned text: "60家", "6.3万人", "35%", "1—3个百分点", "4.5%—5%".
 * The unit is the longest run after the number that {@link Units} can parse, as {@code Quantities} does,
 * so the importer and the completeness check agree on what a quantity is.
 *
 * <p>Also read, with their {@link Form}: "400余家"/"100多家" (more than 400), "1/3的村" (a share,
 * as a percentage), "2000亿" with the unit left out, and "54亿吨公里" whose compound unit {@link Units}
 * does not know.
 *
 * <p>Left out on purpose: dates and years ("2023年", "6月底"); durations ("3年左右" is a deadline, read by
 * {@link DeadlineParser}); numbers glued to Latin letters or digits, which are names ("5G", "S104",
 * "PM2.5", "60GWh").
 */
final class QuantityScanner {

    /** How a quantity is written, when not simply "number + unit". */
    enum Form {
        PLAIN,
        /** "突破2000亿": a magnitude without the unit. */
        MAGNITUDE_ONLY,
        /** "400余家", "100多家": more than the number. */
        MORE_THAN,
        /** "1/3的村": a share, value in %. */
        FRACTION,
        /** "54亿吨公里": a unit {@link Units} cannot read; {@code unit} holds it as written. */
        COMPOUND_UNIT,
        /** "营收创千亿": a Chinese numeral; like {@link #MAGNITUDE_ONLY}, the money unit may be left out. */
        CHINESE_NUMERAL,
        /** "进入全市前5": a rank written without a unit; {@code unit} is 名. */
        BARE_RANK
    }

    /** A number with its unit; offsets index the scanned text, {@code end} is just past the unit. */
    record Quantity(int start, int end, double value, Double valueMax, String unit, Form form) {
        boolean isRange() {
            return valueMax != null;
        }

        boolean magnitudeOnly() {
            return form == Form.MAGNITUDE_ONLY || form == Form.CHINESE_NUMERAL && !unit.endsWith("元");
        }
    }

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:[.．]\\d+)?)";
    private static final Pattern NUMBER = Pattern.compile(NUM);
    private static final Pattern RANGE_DASH = Pattern.compile("[—–\\-~～至到]" + NUM);
    /** Between two complete quantities only a dash makes a range: "从50%提升至60%" is not one. */
    private static final Pattern RANGE_DASH_ONLY = Pattern.compile("[—–\\-~～]" + NUM);
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?=的|以上|以下|左右|[\\p{IsHan}])");
    private static final Pattern DATE = Pattern.compile("\\d{4}(?:[—–\\-]\\d{4})?年|\\d{1,2}月|\\d{1,2}日");
    private static final String SPECIAL_UNITS = "个百分点|百分点|%|％|‰|TEU";
    private static final Pattern SPECIAL = Pattern.compile("^(?:" + SPECIAL_UNITS + ")");
    /** Units that, written right after another unit, make a compound one: 吨公里, 千瓦小时, 元/吨. */
    private static final Pattern COMPOUND_TAIL = Pattern.compile("^(?:公里|千米|小时|/\\p{IsHan}{1,4})");

    /** An amount in Chinese numerals after a word of reaching: "创千亿", "营收创亿元", "突破两千万元". */
    private static final Pattern CHINESE = Pattern.compile(
            "(?<=创|突破|达到|超过)([一二两三四五六七八九十百千]*)([万亿])(元)?(?![级强\\p{IsHan}])");
    /** "进入全市前5": a rank with no unit written. */
    private static final Pattern BARE_RANK = Pattern.compile("(?<=进入[^，,。；、]{0,8}前)(\\d{1,3})(?![\\d.%％\\p{IsHan}])");

    List<Quantity> scan(String text) {
        List<Quantity> out = new ArrayList<>(digits(text));
        for (Matcher c = CHINESE.matcher(text); c.find(); ) {
            double v = chineseNumber(c.group(1));
            out.add(new Quantity(c.start(), c.end(), v, null, c.group(2) + (c.group(3) == null ? "" : "元"),
                    Form.CHINESE_NUMERAL));
        }
        for (Matcher r = BARE_RANK.matcher(text); r.find(); ) {
            out.add(new Quantity(r.start(), r.end(), parse(r.group(1)), null, "名", Form.BARE_RANK));
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    /** 千 → 1000, 两千 → 2000, 三百五十 → 350, "" → 1 (as in "创亿元"). */
    static double chineseNumber(String s) {
        if (s.isEmpty()) {
            return 1;
        }
        double total = 0;
        double digit = 0;
        for (char ch : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(ch);
            if (ch == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            int mult = ch == '十' ? 10 : ch == '百' ? 100 : ch == '千' ? 1000 : 1;
            total += (digit == 0 ? 1 : digit) * mult;
            digit = 0;
        }
        return total + digit;
    }

    private List<Quantity> digits(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            from = m.end();
            if (start > 0 && isNameChar(text.charAt(start - 1))) {
                continue;
            }
            Matcher date = DATE.matcher(text).region(start, text.length());
            if (date.lookingAt()) {
                from = date.end();
                continue;
            }
            Matcher f = FRACTION.matcher(text).region(start, text.length());
            if (f.lookingAt()) {
                double num = Double.parseDouble(f.group(1));
                double den = Double.parseDouble(f.group(2));
                if (den > 0 && num < den) {
                    out.add(new Quantity(start, f.end(), num * 100 / den, null, "%", Form.FRACTION));
                }
                from = f.end();
                continue;
            }
            Quantity q = quantityAt(text, start, m.group(1), m.end());
            if (q == null) {
                continue;
            }
            if ("年".equals(q.unit())) {
                from = q.end();
                continue; // a duration: part of a deadline, not an amount
            }
            out.add(q);
            from = q.end();
        }
        return out;
    }

    private Quantity quantityAt(String text, int start, String number, int numberEnd) {
        if (numberEnd < text.length() && isLatin(text.charAt(numberEnd))) {
            return null; // "5G", "1.1GW", "35kV"
        }
        double value = parse(number);
        Double max = null;
        int after = numberEnd;
        Form form = Form.PLAIN;
        // a range written once with the unit at the end: "1—3个百分点", "15—30亩"
        Matcher r = RANGE_DASH.matcher(text).region(numberEnd, text.length());
        if (r.lookingAt()) {
            max = parse(r.group(1));
            after = r.end();
        } else if (after < text.length() && "余多".indexOf(text.charAt(after)) >= 0) {
            after++;
            form = Form.MORE_THAN;
        }
        UnitMatch u = unitAt(text, after);
        if (u == null) {
            return null;
        }
        int end = after + u.length;
        if (u.magnitudeOnly) {
            form = Form.MAGNITUDE_ONLY;
        }
        Matcher tail = COMPOUND_TAIL.matcher(text).region(end, text.length());
        String unit = u.unit;
        if (!u.magnitudeOnly && tail.lookingAt()) {
            unit = unit + tail.group();
            end = tail.end();
            form = Form.COMPOUND_UNIT;
        }
        if (max == null && form == Form.PLAIN) {
            // a range with the unit on both ends: "4.5%—5%"
            Matcher r2 = RANGE_DASH_ONLY.matcher(text).region(end, text.length());
            if (r2.lookingAt()) {
                UnitMatch u2 = unitAt(text, r2.end());
                if (u2 != null && u2.unit.equals(u.unit)) {
                    max = parse(r2.group(1));
                    end = r2.end() + u2.length;
                }
            }
        }
        return new Quantity(start, end, value, max, unit, form);
    }

    private record UnitMatch(String unit, int length, boolean magnitudeOnly) {
    }

    /** The unit starting at {@code at}: the longest head that parses, magnitude prefixes included. */
    private static UnitMatch unitAt(String text, int at) {
        int i = at;
        while (i < text.length() && "十百千万亿".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        String magnitude = text.substring(at, i);
        Matcher sp = SPECIAL.matcher(text).region(i, text.length());
        if (sp.lookingAt()) {
            String unit = sp.group();
            return new UnitMatch(normalise(magnitude + unit), magnitude.length() + unit.length(), false);
        }
        int han = i;
        while (han < text.length() && han - i < 5 && Character.isIdeographic(text.charAt(han))) {
            han++;
        }
        for (int end = han; end > i; end--) {
            String candidate = magnitude + text.substring(i, end);
            if (Units.parse(candidate).isPresent()) {
                return new UnitMatch(candidate, end - at, false);
            }
        }
        if (!magnitude.isEmpty() && (magnitude.endsWith("亿") || magnitude.endsWith("万"))) {
            return new UnitMatch(magnitude, magnitude.length(), true);
        }
        return null;
    }

    private static String normalise(String unit) {
        return unit.replace('％', '%');
    }

    static double parse(String number) {
        return Double.parseDouble(number.replace('．', '.').replace(",", ""));
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '{' || c == '/');
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
