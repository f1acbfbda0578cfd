package cn.dunban.ledger;

import java.util.ArrayList;
import java.util.List;

import cn.dunban.facts.Place;
import cn.dunban.facts.TextDecoding;

/**
 * A ledger saved as CSV ("逗号分隔"), which Excel on a Chinese PC writes in GBK: decoded as it was saved,
 * split by RFC 4180 (quoted fields may hold commas, quotes and line breaks); every value is text.
 */
final class CsvGrids {

    private CsvGrids() {
    }

    static Grid read(byte[] bytes, String file) {
        String text = TextDecoding.decode(bytes, file);
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell(field));
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell(field));
                rows.add(row);
                lines.add(rowLine);
                row = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(cell(field));
            rows.add(row);
            lines.add(rowLine);
        }
        return new Grid(file, "", rows,
                (r, c) -> new Place(file, r < lines.size() ? lines.get(r) : r + 1, c + 1));
    }

    private static Object cell(StringBuilder field) {
        String s = field.toString().strip();
        field.setLength(0);
        return s.isEmpty() ? null : s;
    }
}
