package cn.dunban.vocabulary;

import java.util.List;

/**
 * A control clause of a document that has no number and so is no catalog target ("新上“两高”项目严格落实…
 * “五个减量替代”，严格履行窗口指导"), read from a family's {@code clauses.json}. Findings about projects cite it
 * the way target findings cite their target. {@code control} names the control the rules look for ("两高",
 * "三高", "化工入园"); {@code jurisdiction} is the document's, and the clause binds the projects built there:
 * those whose city ({@code Project.jurisdiction}) or county-level area ({@code Project.county}) it is.
 */
public record Clause(String id, String control, String document, int task, String taskTitle, String jurisdiction,
        int year, String text, List<String> leadUnits) {

    public Clause {
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
    }
}
