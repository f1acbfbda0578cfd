package cn.dunban.vocabulary;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * An unmodifiable list of a parameter's values, in the order of its file, that answers {@code contains} by
 * hash: rules test {@code id memberOf $ids} once per candidate target, and a province's lists run to
 * hundreds of target ids.
 */
final class ValueList extends AbstractList<String> implements RandomAccess {

    private final List<String> values;
    private final Set<String> set;

    ValueList(List<String> values) {
        this.values = List.copyOf(values);
        this.set = new HashSet<>(this.values);
    }

    @Override
    public String get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public boolean contains(Object o) {
        return set.contains(o);
    }
}
