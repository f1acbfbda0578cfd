package cn.dunban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Makes {@code java -jar dunban.jar serve} start in about 4 s instead of 7 on a 2-core machine, without the user
 * typing JVM options. Most of a service's start is loading and verifying some 15,000 classes (Spring, Tomcat,
 * Drools) out of the jar's nested jars. So, as {@link ShortRunJvm} does for short commands, the jar's JVM runs the
 * service in a second JVM from the unpacked copy of the jar, mapping a class-data archive of the classes a start
 * loads ({@code -XX:SharedArchiveFile}) — but with no compiler limits: a service runs for days. The user's JVM
 * options ({@code java -Xmx4g -jar …}) are passed on.
 *
 * <p>The archive is written once per build of the jar, by a training start in the background a minute after the
 * first service started without one (so as not to slow that start down): the same {@code serve} with a throwaway
 * H2 database, stopped by Spring as soon as its context is ready ({@code -Dspring.context.exit=onRefresh}, before
 * it listens on any port), with {@code -XX:ArchiveClassesAtExit}.
 *
 * <p>The first JVM stays as the service's parent and does nothing but wait: a stop signal to it ({@code SIGTERM},
 * {@code systemctl stop}, Ctrl-C) is passed on and it waits for the service's graceful shutdown; its exit status is
 * the service's. If the parent is killed outright, the service notices and shuts down ({@link #followParent}), so
 * no orphan keeps the port or the database. {@code DUNBAN_FAST_START=off}, or starting dunban other than with
 * {@code java -jar} (tests, an IDE), runs the service in the first JVM.
 */
final class ServeJvm {

    /** The mark the service's JVM carries ({@value ShortRunJvm#MARK}{@code =serve}). */
    static final String SERVE = "serve";
    private static final String ARCHIVE = "serve.jsa";
    private static final int TRAINING_DELAY_S = 60;
    /** The graceful shutdown's limit (spring.lifecycle.timeout-per-shutdown-phase, 20 s) and some. */
    private static final int STOP_WAIT_S = 40;

    private ServeJvm() {
    }

    /** Runs {@code serve} in a second JVM if that applies here; its exit status, or empty to run it in this one. */
    static OptionalInt relaunch(String[] args, PrintStream err) {
        if (args.length == 0 || !args[0].equals("serve")) {
            return OptionalInt.empty();
        }
        Path app = ShortRunJvm.unpackedForRelaunch(args, err);
        if (app == null) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command(app, args, List.of())).inheritIO().start();
        } catch (IOException e) {
            err.println("dunban: 无法启动服务进程（" + e.getMessage() + "），本次在当前进程中运行");
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> {
            child.destroy(); // SIGTERM: the service shuts down gracefully
            try {
                if (!child.waitFor(STOP_WAIT_S, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
            }
        }, "dunban-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        if (!Files.isRegularFile(app.resolve(ARCHIVE))) {
            trainLater(app, args, child);
        }
        try {
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Cli.BAD_INPUT);
        } catch (IllegalStateException e) {
            return OptionalInt.of(1); // shutting down: the hook stops the service
        }
    }

    /**
     * In the service's JVM: when the parent that started it is gone (killed outright, so it could not pass a stop
     * signal on), shut down as on a stop signal.
     */
    static void followParent() {
        if (!SERVE.equals(System.getProperty(ShortRunJvm.MARK))) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("dunban serve: 启动本服务的进程已退出，服务随之停止");
            System.exit(1);
        }));
    }

    private static List<String> command(Path app, String[] args, List<String> extra) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xshare:auto");
        if (Files.isRegularFile(app.resolve(ARCHIVE))) {
            c.add("-XX:SharedArchiveFile=" + app.resolve(ARCHIVE));
            c.add("-Xlog:cds=off"); // an archive gone stale is simply not used; no warning on the service's console
        }
        c.add("-D" + ShortRunJvm.MARK + "=" + SERVE);
        c.addAll(extra);
        c.addAll(ShortRunJvm.userJvmOptions());
        c.add("-jar");
        c.add(app.resolve(ShortRunJvm.LAUNCHER).toString());
        c.addAll(List.of(args));
        return c;
    }

    /** A minute after a start without an archive, while the service still runs, one training start writes it. */
    private static void trainLater(Path app, String[] args, Process service) {
        Thread t = new Thread(() -> {
            try {
                if (service.waitFor(TRAINING_DELAY_S, TimeUnit.SECONDS)) {
                    return; // the service has stopped: train at its next start
                }
                train(app, args);
            } catch (InterruptedException | IOException | RuntimeException e) {
                // without an archive the next start is slower, not wrong
            }
        }, "dunban-serve-training");
        t.setDaemon(true);
        t.start();
    }

    private static void train(Path app, String[] args) throws IOException, InterruptedException {
        Path lock = app.resolve("serve-training");
        try {
            Files.createFile(lock);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (Files.getLastModifiedTime(lock).toMillis() > System.currentTimeMillis() - 600_000) {
                return; // another service of this build is training
            }
            // left by a training that was killed: take it over
            Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        }
        Path data = Files.createTempDirectory("dunban-serve-training-");
        Path dump = app.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + ".part");
        try {
            List<String> trainerArgs = new ArrayList<>(List.of("serve", "--demo", "--port", "0", "--data", data.toString()));
            // the same rules and catalog, so that the archive holds the classes this service loads
            for (int i = 1; i < args.length; i++) {
                if ((args[i].equals("--rules") || args[i].equals("--catalog")) && i + 1 < args.length) {
                    trainerArgs.add(args[i]);
                    trainerArgs.add(args[i + 1]);
                } else if (args[i].startsWith("--rules=") || args[i].startsWith("--catalog=")) {
                    trainerArgs.add(args[i]);
                }
            }
            List<String> command = command(app, trainerArgs.toArray(String[]::new), List.of(
                    "-XX:ArchiveClassesAtExit=" + dump, "-XX:ErrorFile=" + app.resolve("serve-training-crash.log"),
                    "-Dspring.context.exit=onRefresh"));
            command.remove("-D" + ShortRunJvm.MARK + "=" + SERVE);
            command.add(1, "-D" + ShortRunJvm.MARK + "=trainer");
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(app.resolve("serve-training.log").toFile()).start();
            ShortRunJvm.keepArchive(dump, app.resolve(ARCHIVE), p.waitFor());
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(lock);
            ShortRunJvm.deleteTree(data);
        }
    }
}
