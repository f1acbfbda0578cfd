package cn.dunban.catalog.importer;

/**
 * Something a curator must look at: a clause that looks like a target but was not drafted as one, or a
 * stretch the importer skipped on purpose, with the reason. {@code task} is the document's task number
 * (0 for the main-targets block), or null outside any task; {@code line} is the 1-based source line.
 */
public record ReviewLine(Integer task, int line, String text, String reason) {
}
