package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits task text into sentences (。；！？ and item boundaries) and sentences into clauses (，and, in
 * documents that use half-width punctuation, "," and "："). A clause is what a strength word or a time
 * word governs, and the longest text a target may quote.
 *
 * <p>Separators inside quotes or brackets do not split ("“两清零、一提标”", "县（市、区）"), and neither
 * does a thousands separator between digits ("1,200").
 */
final class ClauseSplitter {

    /** A clause: {@code start..end} in the task text, and whether each of its characters is quoted. */
    record Clause(int sentence, int start, int end, String text, boolean[] quoted) {
        boolean isQuoted(int i) {
            return i >= 0 && i < quoted.length && quoted[i];
        }
    }

    private static final String SENTENCE_END = "。；;！？!?" + Snippet.BOUNDARY;
    private static final String CLAUSE_END = "，,：:";

    List<Clause> split(String text) {
        List<Clause> out = new ArrayList<>();
        boolean[] quoted = quoteMask(text);
        int depth = 0;
        int sentence = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '。';
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            boolean protectedHere = i < text.length() && (quoted[i] || depth > 0);
            boolean sentenceEnd = SENTENCE_END.indexOf(c) >= 0 && !protectedHere;
            boolean clauseEnd = CLAUSE_END.indexOf(c) >= 0 && !protectedHere && !thousands(text, i);
            if (sentenceEnd || clauseEnd) {
                if (i > start) {
                    boolean[] q = new boolean[i - start];
                    System.arraycopy(quoted, start, q, 0, i - start);
                    out.add(new Clause(sentence, start, i, text.substring(start, i), q));
                }
                start = i + 1;
                if (sentenceEnd) {
                    sentence++;
                    depth = 0;
                }
            }
        }
        return out;
    }

    /** True where a character is inside “…”, "…", 「…」, ‘…’ or 《…》 (the marks themselves included). */
    static boolean[] quoteMask(String text) {
        boolean[] mask = new boolean[text.length()];
        boolean ascii = false;
        int curly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("。；;".indexOf(c) >= 0) {
                // quotes do not run past a sentence: an unbalanced one (PDF debris) must not swallow the task
                ascii = false;
                curly = 0;
            }
            if (c == '"') {
                ascii = !ascii;
                mask[i] = true;
                continue;
            }
            if (c == '“' || c == '「' || c == '‘' || c == '《') {
                curly++;
            }
            mask[i] = ascii || curly > 0;
            if ((c == '”' || c == '」' || c == '’' || c == '》') && curly > 0) {
                curly--;
            }
        }
        return mask;
    }

    private static boolean thousands(String text, int i) {
        if (i >= text.length() || text.charAt(i) != ',' || i == 0 || !Character.isDigit(text.charAt(i - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (i + k >= text.length() || !Character.isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        return i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 4));
    }
}
