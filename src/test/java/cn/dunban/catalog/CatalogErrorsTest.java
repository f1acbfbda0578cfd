package cn.dunban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.dunban.input.InputError;

/**
 * A curator's mistakes in a catalog file come back all at once, each an {@link InputError} like an error in a facts
 * file ({@code file:line:column: field: code: message}), so that the file is fixed in one round.
 */
class CatalogErrorsTest {

    static CatalogException parse(String json) {
        return catchThrowableOfType(CatalogException.class,
                () -> CatalogReader.parse(json.getBytes(StandardCharsets.UTF_8), "XX2025.json"));
    }

    @Test
    void everyBadTargetIsListedWithItsFieldAndCode() {
        CatalogException e = parse("""
                {"document": {"code": "XX2025", "title": "某文件", "jurisdiction": "某市", "year": 2025},
                 "targets": [
                   {"id": "XX2025-1-1", "document": "XX2025", "task": 1, "year": 2025, "text": "新增5家", "comparator": "GE",
                    "value": 5, "unit": "万家x", "deadline": "2025-12-31"},
                   {"id": "XX2025-1-2", "document": "YY2025", "task": 1, "year": 2025, "text": "建成",
                    "comparator": "MILESTONE", "deadline": "2025-12-31"},
                   {"id": "XX2025-1-3", "document": "XX2025", "task": 1, "year": 2025, "text": "没有期限",
                    "comparator": "MILESTONE"}
                 ]}""");
        assertThat(e.problems()).as(e.getMessage()).extracting(InputError::field, InputError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("targets[0].unit", "unknown-unit"),
                        org.assertj.core.groups.Tuple.tuple("targets[1].document", "wrong-document"),
                        org.assertj.core.groups.Tuple.tuple("targets[2]", "missing-field"));
        assertThat(e.problems().get(0)).hasToString("XX2025.json: targets[0].unit: unknown-unit: 目标（XX2025-1-1）的单位“万家x”无法识别");
        assertThat(e.getMessage().lines()).hasSize(3);
    }

    @Test
    void aValueOfTheWrongShapeNamesItsField() {
        CatalogException e = parse("""
                {"document": {"code": "XX2025", "title": "某文件", "jurisdiction": "某市", "year": 2025},
                 "targets": [ {"id": "XX2025-1-1", "document": "XX2025", "task": "一", "year": 2025} ]}""");
        assertThat(e.problems()).as(e.getMessage()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("invalid-field");
            assertThat(p.field()).isEqualTo("targets[0].task");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void malformedJsonIsLocatedByLineAndColumn() {
        CatalogException e = parse("{\"document\": {\"code\": \"XX2025\", \"year\": 2025},\n \"targets\": [ {\"id\": } ]}");
        assertThat(e.problems()).as(e.getMessage()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed-json");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isPositive();
            assertThat(p.toString()).startsWith("XX2025.json:2:");
        });
    }
}
