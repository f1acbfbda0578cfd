package cn.dunban.facts;

/**
 * A project under the 两高 and chemical-park controls (docs/facts.md). {@code stage} is 新上, 技改, 在建 or 投产;
 * a null flag means the project did not report it.
 */
public record Project(String id, String name, String jurisdiction, String county, String industry, String stage,
        Boolean windowGuidance, Boolean energyReview, Boolean chemical, Boolean inChemicalPark, Boolean threeHigh,
        Replacement replacement) {

    public boolean isNew() {
        return "新上".equals(stage);
    }

    /** The reported 减量替代 ratio of one dimension (产能、煤耗 …); null if the project reported none. */
    public Double replacementRatio(String dimension) {
        return replacement == null ? null : replacement.ratio(dimension);
    }
}
