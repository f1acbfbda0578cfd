package cn.dunban.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.facts.Locator;
import cn.dunban.facts.Place;

/**
 * Errors in the rules' data files ({@code params.json}, {@code clauses.json}, {@code mapping.json}) located as an
 * error in a facts file is: {@code file:line:column: field: code: message}, with the line and column of the
 * value at fault, so that policy staff go straight to the line to fix.
 */
final class DataFileErrors {

    private static final Pattern INDEX = Pattern.compile("/(\\d+)");

    private final Locator locator;
    private final List<RuleError> errors;

    DataFileErrors(String file, byte[] json, List<RuleError> errors) {
        this.locator = Locator.json(json, file);
        this.errors = errors;
    }

    /** An error at the value of {@code pointer} ({@code /parameters/3/source}), reported as field {@code parameters[3].source}. */
    void add(String pointer, String code, String message) {
        Place at = locator.at(pointer);
        String field = field(pointer);
        errors.add(new RuleError(at.file(), at.line(), at.column(),
                (field.isEmpty() ? "" : field + ": ") + code + ": " + message));
    }

    /** {@code /parameters/3/source} → {@code parameters[3].source}, the way facts errors name fields. */
    static String field(String pointer) {
        Matcher m = INDEX.matcher(pointer);
        String indexed = m.replaceAll("[$1]");
        return indexed.replaceFirst("^/", "").replace('/', '.').replace(".[", "[");
    }
}
