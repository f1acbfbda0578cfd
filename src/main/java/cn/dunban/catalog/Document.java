package cn.dunban.catalog;

/** One source document: a key-task list with its fixed code (contract §1). */
public record Document(String code, String title, String jurisdiction, int year) {
}
