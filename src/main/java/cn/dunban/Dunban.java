package cn.dunban;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.dunban.cli.Cli;

/** Entry point of {@code dunban.jar}. The command line starts no web server; only {@code serve} does. */
public final class Dunban {

    private Dunban() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Cli().run(List.of(args), out, err));
    }
}
