package cn.dunban.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import io.cucumber.java.zh_cn.假如;

/**
 * A policy officer's edit of one row of a table parameter (a ratio per industry) in a copy of the rules
 * directory: the scenario then checks against the copy, showing that the edit alone changes the outcome.
 */
public class RulesDirectorySteps {


    @假如("政策处在规则目录的副本中把参数 {string} 表中 {string} 一行改为 {double}")
    public void editTableRow(String name, String key, double value) throws IOException {
        World w = World.current();
        Path copy = RuleCopies.copy(w.rules);
        assertThat(RuleCopies.setParameter(copy, name, key, value)).as("规则目录中应有参数 %s 的 %s 一行", name, key).isTrue();
        w.rules = copy;
    }
}
