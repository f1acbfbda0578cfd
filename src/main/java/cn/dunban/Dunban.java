package cn.dunban;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import cn.dunban.cli.Cli;
import cn.dunban.cli.ShortRunJvm;

/** Entry point of {@code dunban.jar}. The command line starts no web server; only {@code serve} does. */
public final class Dunban {

    private Dunban() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // a short command runs in a JVM set up for a short run (cli.ShortRunJvm); this one only waits for it
        OptionalInt relaunched = ShortRunJvm.relaunch(args, err);
        System.exit(relaunched.isPresent() ? relaunched.getAsInt() : new Cli().run(List.of(args), out, err));
    }
}
