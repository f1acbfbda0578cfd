package cn.dunban.vocabulary;

import java.time.LocalDate;

/** The date a check is made "as of": deadlines and pace are measured against it. */
public record CheckDate(LocalDate date) {
}
