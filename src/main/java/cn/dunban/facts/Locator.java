package cn.dunban.facts;

/**
 * Tells where the value at a JSON pointer of a facts tree came from, so that one reader can check
 * facts from a JSON file, a ledger workbook, a form or stored rows and still point at the spot to fix.
 */
@FunctionalInterface
public interface Locator {

    /** The place of the value at {@code pointer} ({@code /reports/3/value}), or of its nearest enclosing value. */
    Place at(String pointer);

    /** For trees built in memory: every error names the source as a whole. */
    static Locator whole(String source) {
        return pointer -> Place.file(source);
    }
}
