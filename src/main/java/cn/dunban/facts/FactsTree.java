package cn.dunban.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/**
 * A facts document before it is read: the tree, where each of its values came from, the errors already
 * found while building it (a text in a number cell of a ledger), and how to name a field to the person
 * who wrote it ({@code reports[3].value} is 完成值 in a ledger). Trees from several files merge into one,
 * so that a check reads JSON and ledgers together, in one pass, with every error at once.
 */
public record FactsTree(JsonNode root, Locator locator, List<InputError> errors, UnaryOperator<InputError> wording) {

    /** The lists of a facts document that several files add up. */
    public static final List<String> LISTS = List.of("reports", "assignments", "projects", "energy");

    private static final Pattern ITEM = Pattern.compile("^(\\w+)\\[(\\d+)](.*)$");

    public FactsTree {
        errors = List.copyOf(errors);
    }

    public FactsTree(JsonNode root, Locator locator) {
        this(root, locator, List.of(), UnaryOperator.identity());
    }

    /**
     * Reads the tree: every error of the tree and of the reader, all at once; of two errors on the same
     * spot, the tree's own (it speaks of the cell as the user filled it) is kept.
     */
    public Facts readWith(FactsReader reader) {
        List<InputError> all = new ArrayList<>(errors);
        Set<String> placed = new java.util.HashSet<>();
        errors.forEach(e -> placed.add(place(e)));
        try {
            Facts facts = reader.read(root, locator);
            if (all.isEmpty()) {
                return facts;
            }
        } catch (InputException e) {
            for (InputError x : e.errors()) {
                InputError worded = wording.apply(x);
                if (!placed.contains(place(worded))) {
                    all.add(worded);
                }
            }
        }
        throw new InputException(all);
    }

    private static String place(InputError e) {
        return e.file() + ":" + e.line() + ":" + e.column();
    }

    /**
     * One tree of several: their lists concatenated in order, each value still located in its own file.
     * A file's own {@code asOf} is the date of its reports that give none; the merged {@code asOf} is the
     * latest of the files'.
     */
    public static FactsTree merge(List<FactsTree> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<InputError> errors = new ArrayList<>();
        // for each list, the merged index where each part's items start
        Map<String, List<int[]>> starts = new HashMap<>();
        Map<String, Integer> owner = new HashMap<>();
        Map<String, Integer> inheritedAsOf = new HashMap<>();
        String latest = null;
        for (int p = 0; p < parts.size(); p++) {
            FactsTree part = parts.get(p);
            errors.addAll(part.errors());
            JsonNode r = part.root();
            if (r == null || !r.isObject()) {
                Place at = part.locator().at("");
                errors.add(new InputError(at.file(), at.line(), at.column(), "", "not-an-object",
                        "事实文件应为一个 JSON 对象 {…}"));
                continue;
            }
            JsonNode asOf = r.get("asOf");
            if (asOf != null && asOf.isString() && (latest == null || asOf.asString().compareTo(latest) > 0)) {
                latest = asOf.asString();
            }
            for (var field : r.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (LISTS.contains(name) && value.isArray()) {
                    var list = root.has(name) && root.get(name).isArray() ? (tools.jackson.databind.node.ArrayNode) root.get(name)
                            : root.putArray(name);
                    starts.computeIfAbsent(name, k -> new ArrayList<>()).add(new int[] {list.size(), p});
                    for (JsonNode item : value) {
                        if (name.equals("reports") && item.isObject() && !item.has("asOf") && asOf != null) {
                            inheritedAsOf.put("/reports/" + list.size() + "/asOf", p);
                            item = ((ObjectNode) item.deepCopy()).set("asOf", asOf);
                        }
                        list.add(item);
                    }
                } else if (!name.equals("asOf") && !root.has(name)) {
                    root.set(name, value);
                    owner.put(name, p);
                }
            }
        }
        if (latest != null) {
            root.put("asOf", latest);
        }
        Locator locator = pointer -> {
            Integer inherited = inheritedAsOf.get(pointer);
            if (inherited != null) {
                return parts.get(inherited).locator().at("/asOf");
            }
            String[] seg = pointer.split("/", 4);
            if (seg.length >= 3 && starts.containsKey(seg[1]) && seg[2].matches("\\d+")) {
                int[] local = local(starts.get(seg[1]), Integer.parseInt(seg[2]));
                return parts.get(local[1]).locator()
                        .at("/" + seg[1] + "/" + local[0] + (seg.length == 4 ? "/" + seg[3] : ""));
            }
            if (seg.length >= 2 && owner.containsKey(seg[1])) {
                return parts.get(owner.get(seg[1])).locator().at(pointer);
            }
            return parts.get(0).locator().at(pointer);
        };
        UnaryOperator<InputError> wording = e -> {
            Matcher m = ITEM.matcher(e.field() == null ? "" : e.field());
            if (!m.matches() || !starts.containsKey(m.group(1))) {
                return e;
            }
            int[] local = local(starts.get(m.group(1)), Integer.parseInt(m.group(2)));
            InputError inPart = new InputError(e.file(), e.line(), e.column(),
                    m.group(1) + "[" + local[0] + "]" + m.group(3), e.code(), e.message());
            return parts.get(local[1]).wording().apply(inPart);
        };
        return new FactsTree(root, locator, errors, wording);
    }

    /** The part an item of a merged list came from and its index there: {index, part}. */
    private static int[] local(List<int[]> starts, int index) {
        int[] at = starts.get(0);
        for (int[] s : starts) {
            if (s[0] <= index) {
                at = s;
            }
        }
        return new int[] {index - at[0], at[1]};
    }
}
