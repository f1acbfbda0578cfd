package cn.dunban.findings;

/** The clause of the document a finding comes from, verbatim, so a reader can check it without the code. */
public record Citation(String document, Integer task, String text) {
}
