package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Quantities;

/**
 * Removes what PDF conversion adds to a document and keeps what the authors wrote.
 *
 * <p>Each source line is squeezed exactly as {@link Quantities#squeeze} squeezes the whole document
 * (white space, {@code **} bold marks and {@code <u>} tags out, full-width digits half-width), so the
 * lines laid end to end are the squeezed document and every character keeps its offset in it. On top of
 * that the cleaner drops page numbers ({@code —10—}, {@code - 3 -}, a line holding only {@code <u>6</u>})
 * and list markers at line starts ({@code - }, {@code ◆}); those stay in the squeezed document but
 * never reach the parser.
 */
final class TextCleaner {

    /** A cleaned source line. */
    record CleanLine(int number, Snippet content, boolean bullet, boolean numberThenSpace) {
    }

    /** The cleaned lines of a document and the squeezed document their offsets point into. */
    record CleanText(String squeezed, List<CleanLine> lines) {
    }

    /** Markers a converter puts in front of list items; glyph bullets also separate items. */
    private static final String DASH_MARKERS = "-*";
    private static final String GLYPH_BULLETS = "•●◆◇■□▪►★☆○·";
    private static final Pattern PAGE_LINE = Pattern.compile("[—–\\-－_]*(?:第)?\\d{1,3}(?:页)?[—–\\-－_]*");
    /** A page number inside a line: dashes on both sides ("—10—"); a range such as "1—3" has one. */
    private static final Pattern INLINE_PAGE = Pattern.compile("[—–－]\\d{1,3}[—–－]-?");
    /** "1 加力推进…": a heading whose number is followed by a space instead of a full stop. */
    private static final Pattern NUMBER_THEN_SPACE = Pattern.compile("^[\\s\\-*•●◆]*\\d{1,3}[ \\t\\u3000]+\\p{IsHan}");

    CleanText clean(String raw) {
        String[] rawLines = raw.split("\\r?\\n|\\r", -1);
        StringBuilder doc = new StringBuilder();
        List<String> squeezedLines = new ArrayList<>();
        for (String line : rawLines) {
            String sq = Quantities.squeeze(line);
            squeezedLines.add(sq);
            doc.append(sq);
        }
        String squeezed = doc.toString();
        List<CleanLine> out = new ArrayList<>();
        int base = 0;
        for (int i = 0; i < rawLines.length; i++) {
            String sq = squeezedLines.get(i);
            out.add(cleanLine(squeezed, i + 1, sq, base, NUMBER_THEN_SPACE.matcher(rawLines[i]).find()));
            base += sq.length();
        }
        return new CleanText(squeezed, out);
    }

    private CleanLine cleanLine(String squeezed, int number, String sq, int base, boolean numberThenSpace) {
        boolean[] keep = new boolean[sq.length()];
        java.util.Arrays.fill(keep, true);
        // page numbers inside the line: "区住房城乡建设—10—", "八—20—"
        Matcher m = INLINE_PAGE.matcher(sq);
        while (m.find()) {
            for (int k = m.start(); k < m.end(); k++) {
                keep[k] = false;
            }
        }
        // list markers at the start
        boolean bullet = false;
        int k = 0;
        while (k < sq.length() && (DASH_MARKERS.indexOf(sq.charAt(k)) >= 0 || GLYPH_BULLETS.indexOf(sq.charAt(k)) >= 0)) {
            bullet |= GLYPH_BULLETS.indexOf(sq.charAt(k)) >= 0;
            keep[k++] = false;
        }
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int j = 0; j < sq.length(); j++) {
            if (keep[j]) {
                count++;
            }
        }
        int[] offsets = new int[count];
        int[] lines = new int[count];
        int n = 0;
        for (int j = 0; j < sq.length(); j++) {
            if (keep[j]) {
                text.append(sq.charAt(j));
                offsets[n] = base + j;
                lines[n++] = number;
            }
        }
        // a line that is nothing but a page number
        if (PAGE_LINE.matcher(sq).matches() || PAGE_LINE.matcher(text).matches()) {
            return new CleanLine(number, Snippet.empty(squeezed), false, false);
        }
        return new CleanLine(number, new Snippet(squeezed, text.toString(), offsets, lines), bullet, numberThenSpace);
    }
}
