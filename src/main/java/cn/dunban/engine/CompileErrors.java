package cn.dunban.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

import cn.dunban.input.InputError;

/**
 * Turns the rule compiler's messages into errors a policy officer can act on: in Chinese
 * ({@link RuleErrorText}), at the line and column where the mistake is written even when the compiler gives
 * none (a condition's field is looked up in the rule file, or in the vocabulary sentence it expands from), a
 * sentence that matches no vocabulary entry with the closest sentences that exist, and without the errors
 * that only follow from another (a parser error on the rule whose sentence could not be expanded). Each is
 * coded by kind ({@link RuleErrors}): a sentence not in the vocabulary, a syntax error, an error compiling a
 * parsed rule, or a warning.
 */
final class CompileErrors {

    private static final Pattern LINE_COL = Pattern.compile("[Ll]ine:? (\\d+)[:,] (?:Column: )?(\\d+)|[Ll]ine (\\d+):(\\d+)");
    private static final Pattern ERR_CODE = Pattern.compile("^\\[ERR \\d+\\]\\s*(?:[Ll]ine \\d+:\\d+\\s*)?");
    private static final Pattern EXPAND = Pattern.compile("^\\[(\\d+)\\]\\s*Unable to expand:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NO_PATTERN = Pattern.compile("^\\[(\\d+)\\]\\s*No pattern was found");

    private final Path dir;
    private final DslCheck dsl;
    /** Each rule file's text, by its path relative to the rules directory. */
    private final Map<String, String> texts = new LinkedHashMap<>();

    CompileErrors(Path dir, DslCheck dsl) {
        this.dir = dir;
        this.dsl = dsl;
    }

    void file(String rel, String text) {
        texts.put(rel, text);
    }

    /** The messages without the follow-on errors of a file with an unexpanded sentence. */
    List<Message> withoutFollowOns(List<Message> messages) {
        Set<String> unexpanded = new HashSet<>();
        for (Message m : messages) {
            if (m.getText() != null && EXPAND.matcher(m.getText().strip()).find()) {
                unexpanded.add(rel(m));
            }
        }
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText() == null ? "" : m.getText().strip();
            if (unexpanded.contains(rel(m)) && !EXPAND.matcher(text).find()) {
                continue; // the parser's complaint about a line the expander left as it was
            }
            out.add(m);
        }
        return out;
    }

    /** Errors of the parser and the DSL expander, as opposed to those of compiling a parsed rule. */
    static boolean isSyntax(Message m) {
        String text = m.getText();
        return text != null && (text.startsWith("[ERR") || text.contains("Unable to expand")
                || text.contains("No pattern was found") || text.contains("DSL lexer error")
                || text.contains("DSL parser error"));
    }

    InputError error(Message m) {
        String rel = rel(m);
        String text = m.getText() == null ? "" : m.getText().strip();
        int line = Math.max(m.getLine(), 0);
        int column = Math.max(m.getColumn(), 0);
        Matcher expand = EXPAND.matcher(text);
        if (expand.find()) {
            line = Integer.parseInt(expand.group(1));
            String sentence = expand.group(2).strip();
            column = columnOf(rel, line, sentence);
            List<String> close = dsl.closest(sentence, 3);
            return RuleErrors.at(display(rel), line, column, RuleErrors.UNKNOWN_SENTENCE, "句子“" + sentence + "”不在用语（.dsl）中"
                    + (close.isEmpty() ? "" : "；最接近的句子：" + String.join("、", close)));
        }
        Matcher np = NO_PATTERN.matcher(text);
        if (np.find() && line <= 0) {
            line = Integer.parseInt(np.group(1));
        }
        Matcher lc = LINE_COL.matcher(text);
        if (lc.find()) {
            int l = Integer.parseInt(lc.group(1) != null ? lc.group(1) : lc.group(3));
            int c = Integer.parseInt(lc.group(2) != null ? lc.group(2) : lc.group(4));
            if (line <= 0) {
                line = l;
            }
            if (column <= 0) {
                column = c;
            }
        }
        String plain = ERR_CODE.matcher(text).replaceFirst("").replaceAll("\\s+", " ");
        RuleErrorText.Text chinese = RuleErrorText.translate(plain);
        String file = display(rel);
        String where = "";
        if (chinese.token() != null) {
            int[] at = find(rel, chinese.token(), line);
            if (at != null) {
                line = at[0];
                column = at[1];
            } else if (rel.endsWith(".dslr")) {
                // the word is not in the rule file: it comes from a vocabulary sentence the rule uses
                for (var e : texts.entrySet()) {
                    if (e.getKey().endsWith(".dsl")) {
                        int[] inDsl = find(e.getKey(), chinese.token(), 0);
                        if (inDsl != null) {
                            where = "（" + file + (line > 0 ? ":" + line : "") + " 的规则用到的句子）";
                            file = display(e.getKey());
                            line = inDsl[0];
                            column = inDsl[1];
                            break;
                        }
                    }
                }
            }
        }
        if (line > 0 && column <= 0) {
            column = firstColumn(rel, line);
        }
        String code = m.getLevel() == Message.Level.WARNING ? RuleErrors.WARNING
                : isSyntax(m) ? RuleErrors.SYNTAX : RuleErrors.COMPILE;
        return RuleErrors.at(file, line, column, code, chinese.message() + where);
    }

    /** The word as a whole word: on {@code near} if given and it is there, otherwise its first line in the file. */
    private int[] find(String rel, String token, int near) {
        String text = texts.get(rel);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\\R", -1);
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w])");
        if (near > 0 && near <= lines.length) {
            Matcher m = word.matcher(lines[near - 1]);
            if (m.find()) {
                return new int[] {near, m.start() + 1};
            }
        }
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith("//") || l.startsWith("#")) {
                continue;
            }
            Matcher m = word.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.start() + 1};
            }
        }
        return null;
    }

    private int columnOf(String rel, int line, String sentence) {
        String l = line(rel, line);
        int at = l == null ? -1 : l.indexOf(sentence);
        return at < 0 ? firstColumn(rel, line) : at + 1;
    }

    private int firstColumn(String rel, int line) {
        String l = line(rel, line);
        if (l == null) {
            return 0;
        }
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    private String line(String rel, int line) {
        String text = texts.get(rel);
        if (text == null || line <= 0) {
            return null;
        }
        String[] lines = text.split("\\R", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }

    private static String rel(Message m) {
        return m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
    }

    private String display(String rel) {
        return dir.resolve(rel).toString();
    }
}
