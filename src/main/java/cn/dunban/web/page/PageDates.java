package cn.dunban.web.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import cn.dunban.web.ApiProblem;

/** A date typed in a page's form or address: YYYY-MM-DD, or refused in Chinese naming the field. */
final class PageDates {

    private PageDates() {
    }

    static Optional<LocalDate> parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-date", "日期有误",
                    List.of(ApiProblem.Fault.of(field, "bad-date", "“" + value + "”不是 YYYY-MM-DD 格式的日期")));
        }
    }
}
