package cn.dunban.vocabulary;

import cn.dunban.facts.Project;

/**
 * The replacement ratio (减量替代比例, retired : new) a new 两高 project must reach in one dimension (产能、煤耗、
 * 能耗、碳排放、污染物排放), derived by the rules of {@code rules/lianggao/ratios.dslr} from the parameter
 * {@code lianggao.ratio.<维度>}; {@code reported} is the project's own ratio (null when not reported),
 * {@code status} the parameter's C/P/U.
 */
public record RequiredRatio(Project project, String dimension, double required, Double reported, String status) {

    /** The ratio {@code parameter} (a row of its table, or its uniform value) requires of {@code project}. */
    public static RequiredRatio of(Project project, Parameter parameter) {
        String dimension = RuleFunctions.lastPart(parameter.name());
        return new RequiredRatio(project, dimension, parameter.value(), project.replacementRatio(dimension),
                parameter.status());
    }
}
