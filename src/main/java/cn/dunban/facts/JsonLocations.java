package cn.dunban.facts;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value of a JSON document stands (line, column), by JSON pointer, so that an error found
 * while walking the tree can still point the user at the line to fix.
 */
final class JsonLocations {

    private final Map<String, int[]> byPointer = new HashMap<>();

    JsonLocations(JsonMapper mapper, byte[] json) {
        try (JsonParser p = mapper.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                TokenStreamLocation at = p.currentTokenLocation();
                byPointer.putIfAbsent(p.streamReadContext().pathAsPointer().toString(),
                        new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (JacksonException ignored) {
            // malformed JSON is reported by the tree read, with its own location
        }
    }

    /** Line and column of the value at {@code pointer}, or of its nearest enclosing value; {0,0} if unknown. */
    int[] at(String pointer) {
        String p = pointer;
        while (true) {
            int[] loc = byPointer.get(p);
            if (loc != null) {
                return loc;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return new int[] {0, 0};
            }
            p = p.substring(0, cut);
        }
    }
}
