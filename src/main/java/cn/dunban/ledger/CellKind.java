package cn.dunban.ledger;

/** What a ledger column holds, which decides how a cell is validated on the way in and out. */
enum CellKind {
    /** free text */
    TEXT,
    /** a number without its unit */
    NUMBER,
    /** a whole number (a year) */
    INTEGER,
    /** a date: a date cell, or text such as 2023-09-30, 2023/9/30, 2023年9月30日 */
    DATE,
    /** 是 or 否 */
    YES_NO,
    /** a unit name (万人, 亿元 …) */
    UNIT
}
