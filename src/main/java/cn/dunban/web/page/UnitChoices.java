package cn.dunban.web.page;

import java.util.List;

import cn.dunban.catalog.Target;

/** The units a report on a target may be written in: the target's own first. */
final class UnitChoices {

    private UnitChoices() {
    }

    static List<String> of(Target t) {
        return t.unit() == null ? List.of() : List.of(t.unit());
    }
}
