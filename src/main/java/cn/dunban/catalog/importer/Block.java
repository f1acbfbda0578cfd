package cn.dunban.catalog.importer;

/**
 * One stretch of a document as the outline sees it: a numbered task, the block of main expected
 * targets (task 0), a review of past results, or anything else (header, preamble, footer).
 */
record Block(Kind kind, int task, String heading, String section, Snippet body, int line) {

    enum Kind {
        /** A numbered task: its targets get ids {@code CODE-task-n}. */
        TASK,
        /** "主要预期目标" stated outside the numbered tasks: task 0 (docs/catalog.md). */
        GOALS,
        /** "工作回顾": results of past years, facts rather than commitments. */
        REVIEW,
        /** Header, preamble, section titles without content, footer. */
        OTHER
    }
}
