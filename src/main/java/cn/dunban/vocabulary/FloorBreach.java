package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;
import cn.dunban.facts.Report;

/** A report on which a line that must hold at every report (保持/稳定在…) was not held. */
public record FloorBreach(Target target, Goal goal, Report report) {
}
