package cn.dunban.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers-with-a-unit in a document's text ("60家", "4.9万个", "35%", "1—3个百分点").
 * Dates and years ("2023年", "6月底", "4月7日") are not quantities and are skipped here, once,
 * so that no exclusion list has to repeat them.
 */
public final class Quantities {

    /** A number followed by a unit known to {@link Units}; {@code start}/{@code end} index the squeezed text. */
    public record Quantity(String match, int start, int end) {
    }

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(\\d+(?:[.．]\\d+)?)([十百千万亿]*)(个百分点|百分点|[%％‰]|[\\p{IsHan}]{1,4}|TEU)");
    private static final Pattern DATE = Pattern.compile("(\\d{4}年|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日)");

    private Quantities() {
    }

    /**
     * The text as the scanner and the catalog compare it: PDF-conversion debris removed —
     * white space and line breaks, bold marks {@code **}, underline tags — and full-width digits
     * made half-width. Nothing else changes: punctuation stays as written.
     */
    public static String squeeze(String text) {
        StringBuilder b = new StringBuilder(text.length());
        String s = text.replace("**", "").replaceAll("</?u>", "");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Every number with a unit in {@code squeezed} text, dates and years left out. */
    public static List<Quantity> find(String squeezed) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER_UNIT.matcher(squeezed);
        int from = 0;
        while (from < squeezed.length() && m.find(from)) {
            int start = m.start();
            // a number glued to a preceding digit or letter is part of a name ("5G", "S1")
            if (start > 0 && Character.isLetterOrDigit(squeezed.charAt(start - 1))
                    && !Character.isIdeographic(squeezed.charAt(start - 1))) {
                from = m.end(1);
                continue;
            }
            Matcher date = DATE.matcher(squeezed).region(start, squeezed.length());
            if (date.lookingAt()) {
                from = date.end();
                continue;
            }
            String unit = unitAt(m.group(2), m.group(3));
            if (unit == null) {
                from = m.end(1);
                continue;
            }
            int end = m.end(1) + unit.length();
            out.add(new Quantity(squeezed.substring(start, end), start, end));
            from = end;
        }
        return out;
    }

    /** The longest head of {@code magnitude + tail} that is a known unit, or null. */
    private static String unitAt(String magnitude, String tail) {
        for (int len = tail.length(); len >= 1; len--) {
            String candidate = magnitude + tail.substring(0, len);
            if (Units.parse(candidate).isPresent()) {
                return candidate;
            }
        }
        return null;
    }
}
