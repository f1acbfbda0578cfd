package cn.dunban.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.kie.internal.builder.KnowledgeBuilderResult;

import cn.dunban.input.InputError;

/**
 * Checks the {@code .dsl} files before Drools builds them, so that an officer's slip is reported at its file,
 * line and column in plain words. Drools silently drops full-width punctuation (“”，：、) from a sentence,
 * which then matches nothing, fails with a bare "DSL lexer error" without a file when it is on the right
 * of "=", and merges every {@code .dsl} of the rules directory into one vocabulary, so the same sentence
 * written two ways in two families would expand one way or the other by file order.
 */
final class DslCheck {

    private static final Pattern ENTRY = Pattern.compile("^\\s*\\[(when|then|keyword|\\*|condition|consequence)\\]([^=]*)=(.*)$");
    private static final String FULL_WIDTH = "“”‘’，：；、（）。！？《》【】「」";

    private final Map<String, String[]> sentences = new LinkedHashMap<>();
    private final List<InputError> errors = new ArrayList<>();

    /** Checks one file; {@code display} is the name errors carry. */
    void check(String display, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("#") || line.stripLeading().startsWith("//")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            for (int c = 0; c < line.length(); c++) {
                if (FULL_WIDTH.indexOf(line.charAt(c)) >= 0) {
                    errors.add(RuleErrors.at(display, i + 1, c + 1, RuleErrors.VOCABULARY, "用语中不能有全角标点“" + line.charAt(c)
                            + "”（句子和写法都只能用半角符号；带全角标点的说明文字请写进规则文件的引号里或 .drl 的函数里）"));
                    break;
                }
            }
            String key = m.group(1) + "]" + m.group(2).strip();
            String value = m.group(3).strip();
            String[] seen = sentences.putIfAbsent(key, new String[] {display + ":" + (i + 1), value});
            if (seen != null && !seen[1].equals(value)) {
                errors.add(RuleErrors.at(display, i + 1, 1, RuleErrors.VOCABULARY, "句子“" + m.group(2).strip() + "”在 " + seen[0]
                        + " 已有不同的写法；规则库中所有 .dsl 共用一套用语，同一句子必须写法一致"));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        DSLTokenizedMappingFile parsed = new DSLTokenizedMappingFile();
        try {
            parsed.parseAndLoad(new StringReader(text));
        } catch (IOException e) {
            errors.add(RuleErrors.whole(display, RuleErrors.VOCABULARY, e.getMessage()));
            return;
        }
        for (KnowledgeBuilderResult r : parsed.getErrors()) {
            int row = r instanceof ParserError p ? p.getRow() : 0;
            int col = r instanceof ParserError p ? p.getCol() : 0;
            errors.add(RuleErrors.at(display, row, col, RuleErrors.VOCABULARY, r.getMessage()));
        }
    }

    List<InputError> errors() {
        return errors;
    }

    /**
     * The sentences of the vocabulary closest to {@code written} (a line of a rule file that matched none),
     * by edit distance, at most {@code n}, each as “句子”（file:line）: what the officer probably meant.
     */
    List<String> closest(String written, int n) {
        String w = written.strip();
        boolean constraint = w.startsWith("-");
        String bare = bare(w);
        record Scored(int distance, String text) {
        }
        List<Scored> scored = new ArrayList<>();
        for (var e : sentences.entrySet()) {
            String sentence = e.getKey().substring(e.getKey().indexOf(']') + 1);
            if (sentence.startsWith("-") != constraint) {
                continue;
            }
            scored.add(new Scored(distance(bare, bare(sentence)), "“" + sentence + "”（" + e.getValue()[0] + "）"));
        }
        scored.sort(java.util.Comparator.comparingInt(Scored::distance).thenComparing(Scored::text));
        return scored.stream().limit(n).map(Scored::text).toList();
    }

    private static String bare(String s) {
        return s.replaceFirst("^-\\s*", "").strip();
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
