package cn.dunban.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in the rules' data files is reported where it is, as a facts error would be: the file, the line
 * and column of the value at fault, the field, a code and the message.
 */
class DataFileErrorsTest {

    @TempDir
    Path rules;

    @Test
    void aParameterWithoutSourceAndAClauseWithoutTextAreLocated() throws IOException {
        ProbeRules.write(rules, "a/a.drl", ProbeRules.probe("a", "一"));
        ProbeRules.write(rules, "a/params.json", """
                {"parameters": [
                  {"name": "a.ok", "value": 1, "source": "某文件", "status": "C"},
                  {"name": "a.bare", "value": 2}
                ]}""");
        ProbeRules.write(rules, "a/clauses.json", """
                {"clauses": [
                  {"id": "c1", "control": "两高", "document": "JN2023", "task": 1, "jurisdiction": "济宁市",
                   "year": 2023}
                ]}""");
        RulebaseException e = catchThrowableOfType(RulebaseException.class, () -> RulebaseLoader.load(rules));
        assertThat(e.errors()).extracting(RuleError::toString).anySatisfy(s -> assertThat(s)
                .endsWith("a/params.json:3:3: parameters[1]: params-json: 参数 a.bare 缺少 source（出处）"));
        assertThat(e.errors()).extracting(RuleError::toString).anySatisfy(s -> assertThat(s)
                .endsWith("a/clauses.json:2:3: clauses[0].text: clauses-json: 条款缺少 text"));
    }

    @Test
    void aPointerReadsAsTheFieldPathOfFactsErrors() {
        assertThat(DataFileErrors.field("/parameters/3/source")).isEqualTo("parameters[3].source");
        assertThat(DataFileErrors.field("/links/0")).isEqualTo("links[0]");
    }
}
