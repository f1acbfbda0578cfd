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
 * <p>Left out on purpose: dates and years ("2023年", "6月底"); durations ("3年左右" is a deadline, read by
 * {@link DeadlineParser}); numbers glued to Latin letters or digits, which are names ("5G", "S104",
 * "PM2.5", "60GWh"). A number followed by 亿/万 and no unit ("突破2000亿") is kept with
 * {@link Quantity#magnitudeOnly()} set, for the parser to decide.
 */
final class QuantityScanner {

    /** A number with its unit; offsets index the scanned text, {@code end} is just past the unit. */
    record Quantity(int start, int end, double value, Double valueMax, String unit, boolean magnitudeOnly) {
        boolean isRange() {
            return valueMax != null;
        }
    }

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:[.．]\\d+)?)";
    private static final Pattern NUMBER = Pattern.compile(NUM);
    private static final Pattern RANGE_DASH = Pattern.compile("[—–\\-~～至到]" + NUM);
    /** Between two complete quantities only a dash makes a range: "从50%提升至60%" is not one. */
    private static final Pattern RANGE_DASH_ONLY = Pattern.compile("[—–\\-~～]" + NUM);
    private static final Pattern DATE = Pattern.compile("\\d{4}(?:[—–\\-]\\d{4})?年|\\d{1,2}月|\\d{1,2}日");
    private static final String SPECIAL_UNITS = "个百分点|百分点|%|％|‰|TEU";
    private static final Pattern SPECIAL = Pattern.compile("^(?:" + SPECIAL_UNITS + ")");

    List<Quantity> scan(String text) {
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
        // a range written once with the unit at the end: "1—3个百分点", "15—30亩"
        Matcher r = RANGE_DASH.matcher(text).region(numberEnd, text.length());
        if (r.lookingAt()) {
            max = parse(r.group(1));
            after = r.end();
        }
        UnitMatch u = unitAt(text, after);
        if (u == null) {
            return null;
        }
        int end = after + u.length;
        if (max == null) {
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
        return new Quantity(start, end, value, max, u.unit, u.magnitudeOnly);
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
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '{');
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
