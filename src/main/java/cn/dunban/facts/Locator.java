package cn.dunban.facts;

/**
 * Tells where the value at a JSON pointer of a facts tree came from, so that one reader can check
 * facts from a JSON file, a ledger workbook, a form or stored rows and still point at the spot to fix.
 */
@FunctionalInterface
public interface Locator {

    /** The place of the value at {@code pointer} ({@code /reports/3/value}), or of its nearest enclosing value. */
    Place at(String pointer);

    /** For a JSON document: each pointer at the line and column where its value is written in {@code json}. */
    static Locator json(String file, byte[] json) {
        JsonLocations lines = new JsonLocations(tools.jackson.databind.json.JsonMapper.builder().build(), json);
        return pointer -> {
            int[] at = lines.at(pointer);
            return new Place(file, at[0], at[1]);
        };
    }

    /** For trees built in memory: every error names the source as a whole. */
    static Locator whole(String source) {
        return pointer -> Place.file(source);
    }
}
