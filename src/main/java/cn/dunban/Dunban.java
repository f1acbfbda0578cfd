package cn.dunban;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import cn.dunban.cli.Cli;
import cn.dunban.cli.ShortRunJvm;

/** Entry point of {@code dunban.jar}. The command line starts no web server; only {@code serve} does. */
public final class Dunban {

    /** The system property that names this class to the commands that start another JVM of dunban. */
    public static final String ENTRY_POINT = "dunban.entry-point";

    private Dunban() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // the commands that start a JVM of their own (a short run, the benchmark's child) start this class;
        // told here, so that no package below names the entry point
        System.setProperty(ENTRY_POINT, Dunban.class.getName());
        // a short command runs in a JVM set up for a short run (cli.ShortRunJvm); this one only waits for it
        OptionalInt relaunched = ShortRunJvm.relaunch(args, err);
        System.exit(relaunched.isPresent() ? relaunched.getAsInt() : new Cli().run(List.of(args), out, err));
    }
}
