package cn.dunban.engine;

import cn.dunban.input.InputError;

/**
 * The kinds of error a rules directory can have, as the stable {@code code} of an {@link InputError}: rule files
 * are input like facts files, and their errors read the same way, {@code file:line:column: code: 说明}. The
 * codes let scripts (and the reload API) tell kinds apart; the Chinese text is for the officer. In the data
 * files ({@code params.json}, {@code clauses.json}, {@code mapping.json}) an error also names the JSON field at
 * fault ({@code parameters[1].value}), as a facts error does; in rule files the place alone says where, so the
 * field is empty. The list is kept in docs/rules-guide.md (退出码与常见错误) too.
 */
public final class RuleErrors {

    /** The rules directory is missing, holds no rule file, or a file in it cannot be read. */
    public static final String DIRECTORY = "rules-directory";
    /** A {@code .dsl} vocabulary entry is wrong: full-width punctuation, one sentence written two ways, a bad entry. */
    public static final String VOCABULARY = "rule-vocabulary";
    /** A line of a {@code .dslr} rule matches no sentence of the vocabulary (the closest ones are listed). */
    public static final String UNKNOWN_SENTENCE = "rule-unknown-sentence";
    /** A rule file cannot be parsed. */
    public static final String SYNTAX = "rule-syntax";
    /** A parsed rule does not compile: an unknown field, function or type, types that do not match. */
    public static final String COMPILE = "rule-compile";
    /** The compiler's warning about a rule that still compiles. */
    public static final String WARNING = "rule-warning";
    /** A rule that compiled failed while a check (or the trial before going live) ran it. */
    public static final String FAILED = "rule-failed";
    /** A {@code params.json} is not valid JSON or a parameter is incomplete, mistyped or defined twice. */
    public static final String PARAMS = "params-json";
    /** A {@code clauses.json} is not valid JSON or a clause is incomplete. */
    public static final String CLAUSES = "clauses-json";
    /** A {@code mapping.json} is not valid JSON or a target correspondence is incomplete or of an unknown kind. */
    public static final String MAPPING = "mapping-json";

    private RuleErrors() {
    }

    /** An error in a rule file, at its place (0, 0 when the place is unknown). */
    static InputError at(String file, int line, int column, String code, String message) {
        return new InputError(file, line, column, "", code, message);
    }

    /** An error about a file or directory as a whole. */
    static InputError whole(String file, String code, String message) {
        return at(file, 0, 0, code, message);
    }
}
