package cn.dunban.catalog.importer;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of cleaned document text that remembers where every character came from: its offset in
 * the squeezed document ({@link cn.dunban.catalog.Quantities#squeeze}) and its source line. Parsing
 * works on the cleaned text (page numbers and list markers gone); target texts are cut from the
 * squeezed document through these offsets, so they are always verbatim substrings of it.
 *
 * <p>A character with offset {@code -1} is a boundary the cleaner inserted (a bullet that starts a new
 * item); it never belongs to a target text because clauses never span it.
 */
final class Snippet implements CharSequence {

    /** The character the cleaner inserts between items that the layout, not punctuation, separates. */
    static final char BOUNDARY = '\n';

    private final String squeezed;
    private final String text;
    private final int[] offsets;
    private final int[] lines;

    Snippet(String squeezed, String text, int[] offsets, int[] lines) {
        if (text.length() != offsets.length || text.length() != lines.length) {
            throw new IllegalArgumentException("offsets must cover the text");
        }
        this.squeezed = squeezed;
        this.text = text;
        this.offsets = offsets;
        this.lines = lines;
    }

    static Snippet empty(String squeezed) {
        return new Snippet(squeezed, "", new int[0], new int[0]);
    }

    static Snippet concat(String squeezed, List<Snippet> parts) {
        StringBuilder b = new StringBuilder();
        int n = parts.stream().mapToInt(Snippet::length).sum();
        int[] off = new int[n];
        int[] ln = new int[n];
        int i = 0;
        for (Snippet p : parts) {
            b.append(p.text);
            System.arraycopy(p.offsets, 0, off, i, p.length());
            System.arraycopy(p.lines, 0, ln, i, p.length());
            i += p.length();
        }
        return new Snippet(squeezed, b.toString(), off, ln);
    }

    /** A one-character boundary placed on {@code line}. */
    static Snippet boundary(String squeezed, int line) {
        return new Snippet(squeezed, String.valueOf(BOUNDARY), new int[] {-1}, new int[] {line});
    }

    String text() {
        return text;
    }

    String squeezedDocument() {
        return squeezed;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public Snippet subSequence(int start, int end) {
        return new Snippet(squeezed, text.substring(start, end),
                Arrays.copyOfRange(offsets, start, end), Arrays.copyOfRange(lines, start, end));
    }

    Snippet from(int start) {
        return subSequence(start, length());
    }

    @Override
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Source line (1-based) of the character at {@code index}; the last line for an index past the end. */
    int line(int index) {
        if (lines.length == 0) {
            return 0;
        }
        return lines[Math.max(0, Math.min(index, lines.length - 1))];
    }

    /**
     * The squeezed document's text from character {@code start} to {@code end} of this snippet.
     * Debris the cleaner removed inside that stretch (a page number in mid-sentence) comes back,
     * which is what keeps the result a substring of the squeezed document.
     */
    String verbatim(int start, int end) {
        int a = start;
        while (a < end && offsets[a] < 0) {
            a++;
        }
        int b = end;
        while (b > a && offsets[b - 1] < 0) {
            b--;
        }
        if (a >= b) {
            return "";
        }
        return squeezed.substring(offsets[a], offsets[b - 1] + 1);
    }

    String verbatim() {
        return verbatim(0, length());
    }

    Snippet strip() {
        int a = 0;
        int b = length();
        while (a < b && isBlank(text.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(text.charAt(b - 1))) {
            b--;
        }
        return subSequence(a, b);
    }

    private static boolean isBlank(char c) {
        return c == BOUNDARY || Character.isWhitespace(c);
    }

    @Override
    public String toString() {
        return text;
    }
}
