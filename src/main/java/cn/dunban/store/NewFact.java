package cn.dunban.store;

import java.util.Objects;

/**
 * A project, energy statistic or assignment to store, already read and checked: {@code kind} is
 * {@code project}, {@code energy} or {@code assignment}; {@code key} names it among its kind (a new fact
 * under the same key is a new version); {@code body} is its JSON as submitted.
 */
public record NewFact(String kind, String key, String body) {

    public static final String PROJECT = "project";
    public static final String ENERGY = "energy";
    public static final String ASSIGNMENT = "assignment";

    public NewFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
    }
}
