package cn.dunban.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InputErrorTest {

    @Test
    void errorsAreListedInReadingOrderAndThoseAtOnePlaceKeepTheirOrder() {
        InputError late = new InputError("b.json", 1, 1, "", "x", "后一个文件");
        InputError second = new InputError("a.json", 3, 2, "", "x", "第3行第2列");
        InputError first = new InputError("a.json", 3, 1, "", "x", "第3行第1列");
        InputError sameA = new InputError("a.json", 10, 5, "", "y", "同一处，先报");
        InputError sameB = new InputError("a.json", 10, 5, "", "x", "同一处，后报");
        InputError whole = new InputError("a.json", 0, 0, "", "x", "整个文件");
        assertThat(List.of(late, sameA, second, sameB, first, whole).stream().sorted(InputError.BY_PLACE).toList())
                .containsExactly(whole, first, second, sameA, sameB, late);
    }

    @Test
    void anErrorReadsAsPlaceFieldCodeAndMessageAndLeavesOutWhatIsUnknown() {
        assertThat(new InputError("facts.json", 7, 18, "reports[1].unit", "unit-dimension", "单位不是同一量纲"))
                .hasToString("facts.json:7:18: reports[1].unit: unit-dimension: 单位不是同一量纲");
        assertThat(new InputError("rules", 0, 0, "", "rules-directory", "规则目录不存在"))
                .hasToString("rules: rules-directory: 规则目录不存在");
    }
}
