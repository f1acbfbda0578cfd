package cn.dunban.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dunban.catalog.CatalogException;
import cn.dunban.engine.RulebaseException;
import cn.dunban.input.InputException;

/**
 * The command line: picks the subcommand and turns every kind of bad input into a plain message on
 * standard error and exit status 2, so that scripts and officers both know what to fix.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int VIOLATIONS = 1;
    public static final int BAD_INPUT = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        commands.put("check", new CheckCommand());
        commands.put("status", new StatusCommand());
        commands.put("notice", new NoticeCommand());
        commands.put("catalog", new CatalogCommand());
        commands.put("import", new ImportCommand());
        commands.put("ledger", new LedgerCommand());
        commands.put("validate-rules", new ValidateRulesCommand());
        commands.put("test-rules", new TestRulesCommand());
        commands.put("diff-rules", new DiffRulesCommand());
        commands.put("serve", new ServeCommand());
        commands.put("bench", new BenchCommand());
    }

    public Cli with(String name, Command command) {
        commands.put(name, command);
        return this;
    }

    public int run(List<String> argv, PrintStream out, PrintStream err) {
        if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("help")) {
            usage(err);
            return argv.isEmpty() ? BAD_INPUT : OK;
        }
        Command command = commands.get(argv.get(0));
        if (command == null) {
            err.println("dunban: 不认识的命令 “" + argv.get(0) + "”");
            usage(err);
            return BAD_INPUT;
        }
        List<String> rest = argv.subList(1, argv.size());
        if (rest.contains("--help")) {
            out.println("用法: " + command.usage());
            return OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("dunban " + argv.get(0) + ": " + e.getMessage());
            err.println("用法: " + command.usage());
        } catch (InputException e) {
            err.println("输入有 " + e.errors().size() + " 处错误:");
            e.errors().forEach(x -> err.println("  " + x));
        } catch (RulebaseException e) {
            err.println(rulesHeading(argv.get(0), e.errors().size()));
            e.errors().forEach(x -> err.println("  " + x));
        } catch (CatalogException e) {
            err.println("目录文件有 " + e.problems().size() + " 处错误:");
            e.problems().forEach(x -> err.println("  " + x));
        } catch (java.io.IOException e) {
            err.println("dunban " + argv.get(0) + ": " + e.getMessage());
        } catch (Exception e) {
            err.println("dunban " + argv.get(0) + ": 内部错误 " + e);
            return 3;
        }
        return BAD_INPUT;
    }

    private void usage(PrintStream err) {
        err.println("dunban 督办 — 绿色低碳高质量发展重点任务合规检查");
        err.println("用法:");
        commands.values().forEach(c -> err.println("  " + c.usage()));
    }

    /** What a command did when the rules did not compile: the heading says so in the command's own terms. */
    static String rulesHeading(String command, int errors) {
        return switch (command) {
            case "validate-rules" -> "规则校验发现 " + errors + " 处错误：";
            case "test-rules" -> "规则校验发现 " + errors + " 处错误，未运行场景：";
            case "diff-rules" -> "规则校验发现 " + errors + " 处错误，未作比较：";
            default -> "规则文件有 " + errors + " 处错误，未执行检查：";
        };
    }
}
