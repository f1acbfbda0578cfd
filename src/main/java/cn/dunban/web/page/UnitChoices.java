package cn.dunban.web.page;

import java.util.ArrayList;
import java.util.List;

import cn.dunban.catalog.Target;
import cn.dunban.catalog.Units;

/**
 * The units a report on a target may be written in, for the form's list: the target's own first, then the
 * others of its dimension (万人 and 人 for a 万人 target), as catalog.Units knows them. Empty for a target
 * without a unit (a milestone is reported as done or not).
 */
final class UnitChoices {

    private UnitChoices() {
    }

    static List<String> of(Target t) {
        if (t.unit() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(t.unit()));
        Units.parse(t.unit()).ifPresent(u -> Units.names(u.dimension()).stream()
                .filter(n -> !n.equals(t.unit())).forEach(out::add));
        return out;
    }
}
