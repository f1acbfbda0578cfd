package cn.dunban.vocabulary;

import java.util.List;

/**
 * A threshold from a family's {@code params.json}, inserted into working memory so that rules read
 * thresholds as facts and never write a number inline. {@code key} distinguishes the rows of a table
 * (e.g. the 产能 replacement ratio per industry); {@code values} holds a list (e.g. the 两高 industries).
 * {@code label}, {@code source} and {@code status} (C/P/U) say what it is and where it comes from, {@code file}
 * the params.json (relative to the rules directory) that sets it: what the policy page shows.
 */
public record Parameter(String name, String key, Double value, List<String> values, String unit, String source,
        String status, String label, String file) {

    public Parameter {
        values = values == null || values.isEmpty() ? List.of() : new ValueList(values);
    }

    public Double getValue() {
        return value;
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }

    public List<String> getValues() {
        return values;
    }

    public boolean has(String item) {
        return values.contains(item);
    }
}
