package cn.dunban.engine;

import cn.dunban.facts.Report;

/**
 * One report on a floor target (保持/稳定在…), any report, not only the latest: each is compared with the
 * line to hold. Derived by the rules, so that the comparison rules see only floor targets' reports.
 */
public record FloorReading(Goal goal, Report report) {
}
