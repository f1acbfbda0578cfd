package cn.dunban.scenarios;

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
        Expect.that(RuleCopies.setParameter(copy, name, key, value), "规则目录中有参数 " + name + " 的 " + key + " 一行",
                "没有这一行");
        w.rules = copy;
    }
}
