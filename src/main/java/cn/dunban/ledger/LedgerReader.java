package cn.dunban.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.dunban.facts.FactsTree;
import cn.dunban.facts.Place;
import cn.dunban.input.InputError;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns filled ledgers — the sheets of a workbook, or a CSV file — into a facts tree for the one facts
 * reader, each value located at its cell. A sheet is recognised by its header row (the first of the top
 * ten rows that names at least two known columns); columns are found by header text, in any order, under
 * any of their usual names ({@link Layout}). A header that names no known column, or data under no header,
 * is an error, never skipped. A row with none of the cells a unit fills is not a fact. Cells that cannot be
 * what their column holds are reported here, in the words of the ledger; everything else (unknown target,
 * unit of another dimension …) by the facts reader, at the same cell.
 */
public final class LedgerReader {

    private static final int HEADER_SEARCH = 10;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LedgerReader() {
    }

    /** A workbook (.xlsx): every visible sheet. */
    public static FactsTree workbook(byte[] bytes, String file) {
        return read(XlsxGrids.read(bytes, file), file);
    }

    /** A ledger saved as CSV (UTF-8 or GBK). */
    public static FactsTree csv(byte[] bytes, String file) {
        return read(List.of(CsvGrids.read(bytes, file)), file);
    }

    static FactsTree read(List<Grid> grids, String file) {
        State st = new State();
        for (Grid g : grids) {
            sheet(st, g);
        }
        Place whole = Place.file(file);
        return new FactsTree(st.root, pointer -> st.place(pointer, whole), st.errors, e -> {
            String label = st.labels.get(e.field());
            if (label == null) {
                return e;
            }
            String message = e.message();
            if (e.code().equals("missing-field") && e.field().endsWith(".asOf")) {
                message = "这一行填了完成情况，但没有填「" + label + "」";
            } else if (e.code().equals("missing-field") && e.field().matches("reports\\[\\d+]")) {
                message = "这一行没有填「完成值」，也没有填「是否完成」：只有文字说明的行不能作为报告";
            }
            return new InputError(e.file(), e.line(), e.column(), label, e.code(), message);
        });
    }

    /** What the reading of one file has built so far. */
    private static final class State {
        final ObjectNode root = NODES.objectNode();
        final Map<String, Place> places = new HashMap<>();
        final Map<String, String> labels = new HashMap<>();
        final List<InputError> errors = new ArrayList<>();

        void error(Place at, String field, String code, String message) {
            errors.add(new InputError(at.file(), at.line(), at.column(), field, code, message));
        }

        Place place(String pointer, Place whole) {
            String p = pointer;
            while (true) {
                Place at = places.get(p);
                if (at != null) {
                    return at;
                }
                int cut = p.lastIndexOf('/');
                if (cut <= 0) {
                    return whole;
                }
                p = p.substring(0, cut);
            }
        }
    }

    private static void sheet(State st, Grid g) {
        Optional<Header> found = header(g);
        if (found.isEmpty()) {
            if (!g.rows().stream().allMatch(r -> r.stream().allMatch(v -> v == null || (v instanceof String s && s.isBlank())))) {
                st.error(g.at(0, 0), "", "ledger-sheet", "看不出“" + g.sheet() + "”是哪种台账：前 " + HEADER_SEARCH
                        + " 行中应有表头行，含「目标编号」（重点任务台账）、「项目编号」（两高项目台账）或「地区生产总值（不变价）」（能源统计）");
            }
            return;
        }
        Header h = found.get();
        Layout layout = h.layout;
        boolean ok = true;
        Map<Column, Integer> where = new LinkedHashMap<>();
        for (int c = 0; c < g.width(h.row); c++) {
            if (g.blank(h.row, c)) {
                int firstData = firstFilled(g, h.row + 1, c);
                if (firstData >= 0) {
                    st.error(g.at(firstData, c), "", "ledger-column", "这一列有数据但没有表头，无法判断是什么；请补上表头（"
                            + names(layout) + "）或删去这一列");
                    ok = false;
                }
                continue;
            }
            String text = CellValues.text(g.value(h.row, c));
            Optional<Column> col = layout.columnNamed(text);
            if (col.isEmpty()) {
                st.error(g.at(h.row, c), text, "ledger-column", "不认识的列「" + text + "」，无法判断该读作什么；"
                        + layout.sheetName + "的列有: " + names(layout) + "（可改成其中之一，或删去这一列）");
                ok = false;
            } else if (where.containsKey(col.get())) {
                st.error(g.at(h.row, c), text, "ledger-column", "「" + text + "」与第 " + (where.get(col.get()) + 1)
                        + " 列都是「" + col.get().header() + "」，只能保留一列");
                ok = false;
            } else {
                where.put(col.get(), c);
            }
        }
        for (int c = g.width(h.row); c < maxWidth(g); c++) {
            int firstData = firstFilled(g, h.row + 1, c);
            if (firstData >= 0) {
                st.error(g.at(firstData, c), "", "ledger-column", "这一列有数据但没有表头，无法判断是什么；请补上表头或删去这一列");
                ok = false;
            }
        }
        Column key = layout.column(layout.key);
        if (!where.containsKey(key)) {
            st.error(g.at(h.row, 0), "", "ledger-column", "“" + g.sheet() + "”缺少「" + layout.key + "」列");
            ok = false;
        }
        if (!ok) {
            return;
        }
        ArrayNode list = st.root.has(layout.list) ? (ArrayNode) st.root.get(layout.list) : st.root.putArray(layout.list);
        for (int r = h.row + 1; r < g.rows().size(); r++) {
            final int row = r;
            boolean fact = where.entrySet().stream().anyMatch(e -> layout.counts(e.getKey()) && !g.blank(row, e.getValue()));
            if (!fact) {
                continue;
            }
            int index = list.size();
            String pointer = "/" + layout.list + "/" + index;
            String path = layout.list + "[" + index + "]";
            ObjectNode node = list.addObject();
            st.places.put(pointer, g.at(r, where.get(key)));
            if (layout != Layout.ENERGY && g.blank(r, where.get(key))) {
                st.error(g.at(r, where.get(key)), key.header(), "ledger-cell", "这一行填了内容，但没有「" + key.header()
                        + "」，无法知道是哪一个" + (layout == Layout.TARGETS ? "目标" : "项目"));
            }
            st.labels.put(path, "第" + (r + 1) + "行");
            for (var e : where.entrySet()) {
                Column col = e.getKey();
                int c = e.getValue();
                if (col.field() == null || (layout == Layout.TARGETS && col.field().equals("unit"))) {
                    continue;
                }
                put(st, g, node, pointer, path, r, c, col, text(g, h.row, c));
            }
            if (layout == Layout.TARGETS) {
                unit(st, g, h, where, node, pointer, path, r);
            }
        }
    }

    /**
     * The unit of a report's value: 完成值单位 where the ledger has it and it is filled, else the target's
     * 单位 column (a ledger of the unit's own making may have only that one).
     */
    private static void unit(State st, Grid g, Header h, Map<Column, Integer> where, ObjectNode node, String pointer,
            String path, int r) {
        Layout l = Layout.TARGETS;
        Integer own = where.get(l.column("完成值单位"));
        Integer target = where.get(l.column("单位"));
        Integer c = own != null && !g.blank(r, own) ? own : target != null && !g.blank(r, target) ? target : own;
        if (c == null) {
            return;
        }
        st.places.put(pointer + "/unit", g.at(r, c));
        st.labels.put(path + ".unit", text(g, h.row, c));
        if (node.has("value") && !g.blank(r, c)) {
            node.put("unit", CellValues.text(g.value(r, c)));
        }
    }

    private static void put(State st, Grid g, ObjectNode node, String pointer, String path, int r, int c, Column col,
            String header) {
        String[] steps = col.field().split("/");
        st.places.put(pointer + "/" + col.field(), g.at(r, c));
        st.labels.put(path + "." + String.join(".", steps), header);
        if (g.blank(r, c)) {
            return;
        }
        CellValues.Result v = CellValues.convert(g.value(r, c), col.kind(), header);
        ObjectNode parent = node;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.has(steps[i]) ? (ObjectNode) parent.get(steps[i]) : parent.putObject(steps[i]);
            st.places.putIfAbsent(pointer + "/" + steps[i], g.at(r, c));
        }
        String name = steps[steps.length - 1];
        if (v.problem() != null) {
            st.error(g.at(r, c), header, "ledger-cell", v.problem());
            // keep the text, so that the facts reader sees the field given (and says nothing of a missing one)
            parent.put(name, CellValues.text(g.value(r, c)));
            return;
        }
        Object value = v.value();
        if (value instanceof Double d) {
            parent.put(name, d);
        } else if (value instanceof Integer i) {
            parent.put(name, i);
        } else if (value instanceof Boolean b) {
            parent.put(name, b);
        } else if (value instanceof LocalDate d) {
            parent.put(name, d.toString());
        } else {
            parent.put(name, (String) value);
        }
    }

    private record Header(int row, Layout layout) {
    }

    private static Optional<Header> header(Grid g) {
        for (int r = 0; r < Math.min(HEADER_SEARCH, g.rows().size()); r++) {
            Layout best = null;
            int bestCount = 1;
            for (Layout l : Layout.values()) {
                int count = 0;
                boolean key = false;
                for (int c = 0; c < g.width(r); c++) {
                    Optional<Column> col = g.blank(r, c) ? Optional.empty() : l.columnNamed(CellValues.text(g.value(r, c)));
                    if (col.isPresent()) {
                        count++;
                        key |= col.get().header().equals(l.key);
                    }
                }
                if (key) {
                    count += 100;
                }
                if (count > bestCount) {
                    best = l;
                    bestCount = count;
                }
            }
            if (best != null) {
                return Optional.of(new Header(r, best));
            }
        }
        return Optional.empty();
    }

    private static int firstFilled(Grid g, int from, int c) {
        for (int r = from; r < g.rows().size(); r++) {
            if (!g.blank(r, c)) {
                return r;
            }
        }
        return -1;
    }

    private static int maxWidth(Grid g) {
        return g.rows().stream().mapToInt(List::size).max().orElse(0);
    }

    private static String text(Grid g, int row, int c) {
        return CellValues.text(g.value(row, c));
    }

    private static String names(Layout l) {
        return l.columns.stream().map(c -> "「" + c.header() + "」").collect(Collectors.joining(""));
    }
}
