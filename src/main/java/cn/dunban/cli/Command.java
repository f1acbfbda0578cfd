package cn.dunban.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand: returns its exit status; throws {@link UsageException} for a wrong command line. */
public interface Command {

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;

    String usage();
}
