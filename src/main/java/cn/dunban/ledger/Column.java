package cn.dunban.ledger;

import java.util.List;

/**
 * One column of a ledger: its header as dunban writes it, the other headers ledgers in use give it
 * (完成情况, 实际完成 … for 完成值), the facts field it fills ({@code value}, {@code replacement/coal}; null for a
 * column written for the reader's eyes only), what its cells hold, and whether the unit fills it in.
 */
record Column(String header, List<String> aliases, String field, CellKind kind, boolean input, int width) {

    static Column shown(String header, int width, String... aliases) {
        return new Column(header, List.of(aliases), null, CellKind.TEXT, false, width);
    }

    static Column input(String header, String field, CellKind kind, int width, String... aliases) {
        return new Column(header, List.of(aliases), field, kind, true, width);
    }

    /** Whether {@code text}, normalised, names this column. */
    boolean named(String normalised) {
        if (Headers.normalise(header).equals(normalised)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> Headers.normalise(a).equals(normalised));
    }
}
