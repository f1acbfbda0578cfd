package cn.dunban.catalog;

/** One source document: a key-task list with its fixed code (docs/catalog.md). */
public record Document(String code, String title, String jurisdiction, int year) {
}
