package cn.dunban.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;

/** {@code dunban validate-rules}: compile only; errors as {@code file:line:column}, exit 2 on any. */
final class ValidateRulesCommand implements Command {

    @Override
    public String usage() {
        return "dunban validate-rules [--rules DIR]";
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("--rules"), Set.of());
        Rulebase rb = Rulebases.load(Inputs.rules(args.path("--rules")));
        rb.warnings().forEach(w -> err.println("警告 " + w));
        out.println("规则库编译通过：" + rb.files().size() + " 个文件，" + rb.parameters().size() + " 个参数，版本 "
                + rb.version());
        return 0;
    }
}
