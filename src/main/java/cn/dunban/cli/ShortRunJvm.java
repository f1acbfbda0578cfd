package cn.dunban.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.dunban.engine.CacheDirectory;

/**
 * Makes {@code java -jar dunban.jar check …} start fast without the user typing JVM options. A short
 * command spends most of its time starting the JVM: loading and verifying some 5,000 classes from the
 * jar's nested jars, and compiling hot methods with the optimising compiler it will not live to use.
 * So the jar's first JVM does almost nothing: it unpacks the jar once into the cache directory
 * ({@link CacheDirectory}, {@code app-<hash of the jar>/}: the classes as a plain jar, the libraries, and
 * a launcher jar whose manifest lists them) and runs the command there in a second JVM with
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the quick compiler only (halves the CPU time of a short check);
 *       left out when the facts are large (over {@value #LARGE_FACTS_MB} MB), where the optimising
 *       compiler pays;</li>
 *   <li>class-data sharing: after the first {@code check}, a background run of the same check writes a
 *       dynamic archive of the classes it loaded ({@code -XX:ArchiveClassesAtExit}, see
 *       {@link #startTraining}), and every later command maps it ({@code -XX:SharedArchiveFile}) instead of
 *       loading and verifying those classes again. It is only possible from plain jars, hence the unpacking.</li>
 * </ul>
 * The JVM options the user gave the first JVM are passed on after these (so theirs win). Everything is
 * written beside and moved into place, so concurrent runs are safe; if anything about it fails, the
 * command simply runs in the first JVM. {@code DUNBAN_FAST_START=off} turns it off; {@code bench} is a long run
 * and never goes through it, and {@code serve} goes through {@link ServeJvm}, which uses the same unpacked copy
 * with options for a long run. Measured in docs/performance.md.
 */
public final class ShortRunJvm {

    /** Set in the second JVM, so that it does not relaunch again. */
    static final String MARK = "dunban.jvm";
    static final Set<String> SHORT = Set.of("check", "catalog", "status", "ledger", "notice", "validate-rules",
            "diff-rules", "import", "test-rules");
    static final int LARGE_FACTS_MB = 20;
    static final String LAUNCHER = "dunban-launch.jar";
    private static final String ARCHIVE = "classes.jsa";
    private static final int TRAINING_ATTEMPTS = 3;
    private static final int KEEP = 3;

    private ShortRunJvm() {
    }

    /** Runs the command in a second JVM if that applies here; returns its exit status, or empty to run it in this one. */
    public static OptionalInt relaunch(String[] args, PrintStream err) {
        if (args.length > 0 && args[0].equals("serve")) {
            return ServeJvm.relaunch(args, err);
        }
        if (args.length == 0 || !SHORT.contains(args[0])) {
            return OptionalInt.empty();
        }
        Path app = unpackedForRelaunch(args, err);
        if (app == null) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command(app, args)).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(Cli.BAD_INPUT);
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        if (args[0].equals("check") && (status == Cli.OK || status == Cli.VIOLATIONS)) {
            startTraining(app, args);
        }
        return OptionalInt.of(status);
    }

    /**
     * The unpacked copy of this jar to run a command from in a second JVM; null when the command is to run in
     * this one: turned off ({@code DUNBAN_FAST_START=off}), asked for {@code --help}, already in a second JVM, or
     * not started as {@code java -jar dunban.jar} (tests, an IDE), or the copy cannot be made (then said).
     */
    static Path unpackedForRelaunch(String[] args, PrintStream err) {
        if (System.getProperty(MARK) != null || "off".equalsIgnoreCase(System.getenv("DUNBAN_FAST_START"))
                || List.of(args).contains("--help")) {
            return null;
        }
        String classPath = System.getProperty("java.class.path", "");
        Path jar = Path.of(classPath);
        Path cache = CacheDirectory.resolve();
        if (cache == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
                || !Files.isRegularFile(jar)) {
            return null;
        }
        try {
            return unpacked(jar, cache);
        } catch (IOException | RuntimeException e) {
            err.println("dunban: 无法准备快速启动（" + e.getMessage() + "），本次在当前进程中运行");
            return null;
        }
    }

    /**
     * After the first check that worked, the class-data archive is written by running that check once more in the
     * background, its output thrown away and {@code --out} left out, with {@code -XX:ArchiveClassesAtExit}. Not in
     * the user's own run: JDK 17 can crash while dumping from a JVM that compiled rules (the Eclipse compiler's
     * signed classes, lambda proxies), and the user's check must never pay for that; the second run finds the
     * compiled rulebase cached and compiles nothing. One trainer at a time ({@code training} file); a trainer that
     * fails leaves no archive, and after {@value #TRAINING_ATTEMPTS} failures no more are tried.
     */
    private static void startTraining(Path app, String[] args) {
        try {
            if (Files.isRegularFile(app.resolve(ARCHIVE)) || attempts(app) >= TRAINING_ATTEMPTS) {
                return;
            }
            Path lock = app.resolve("training");
            try {
                Files.createFile(lock);
            } catch (FileAlreadyExistsException e) {
                if (Files.getLastModifiedTime(lock).toMillis() > System.currentTimeMillis() - 600_000) {
                    return;
                }
                Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            }
            List<String> trainer = new ArrayList<>();
            trainer.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            trainer.add("-XX:TieredStopAtLevel=1");
            trainer.add("-D" + MARK + "=trainer");
            trainer.add("-cp");
            trainer.add(app.resolve(LAUNCHER).toString());
            trainer.add(ShortRunJvm.class.getName());
            trainer.add(app.toString());
            List<String> rest = new ArrayList<>(List.of(args));
            int out = rest.indexOf("--out");
            if (out >= 0) {
                rest.subList(out, Math.min(out + 2, rest.size())).clear();
            }
            rest.removeIf(a -> a.startsWith("--out="));
            trainer.addAll(rest);
            new ProcessBuilder(trainer).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(app.resolve("training.log").toFile()).start();
        } catch (IOException | RuntimeException e) {
            // without an archive later runs are slower, not wrong
        }
    }

    /** The background trainer: runs the check with the archive dump and keeps the archive if the run ended well. */
    public static void main(String[] argv) throws Exception {
        Path app = Path.of(argv[0]);
        Path dump = app.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + ".part");
        String[] args = java.util.Arrays.copyOfRange(argv, 1, argv.length);
        List<String> command = command(app, args);
        command.add(command.indexOf("-jar"), "-XX:ArchiveClassesAtExit=" + dump);
        command.add(command.indexOf("-jar"), "-XX:ErrorFile=" + app.resolve("training-crash.log"));
        try {
            Files.writeString(app.resolve("training-attempts"), Integer.toString(attempts(app) + 1));
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            keepArchive(dump, app.resolve(ARCHIVE), p.waitFor());
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(app.resolve("training"));
        }
    }

    private static int attempts(Path app) {
        try {
            return Integer.parseInt(Files.readString(app.resolve("training-attempts")).strip());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<String> command(Path app, String[] args) {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (factsMegabytes(args) <= LARGE_FACTS_MB) {
            c.add("-XX:TieredStopAtLevel=1");
        }
        c.add("-Xshare:auto");
        if (Files.isRegularFile(app.resolve(ARCHIVE))) {
            c.add("-XX:SharedArchiveFile=" + app.resolve(ARCHIVE));
        }
        // the JVM's own warnings (a stale archive, say) go to standard error: standard output is the findings
        c.add("-Xlog:disable");
        c.add("-Xlog:all=error:stderr");
        c.add("-D" + MARK + "=short");
        c.addAll(userJvmOptions());
        c.add("-jar");
        c.add(app.resolve(LAUNCHER).toString());
        c.addAll(List.of(args));
        return c;
    }

    /** The options the user gave the first JVM ({@code java -Xmx4g -jar …}), to pass on. */
    static List<String> userJvmOptions() {
        List<String> all = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        int jar = all.indexOf("-jar");
        return jar < 0 ? List.of() : all.subList(0, jar);
    }

    private static long factsMegabytes(String[] args) {
        long bytes = 0;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--facts")) {
                try {
                    bytes += Files.size(Path.of(args[i + 1]));
                } catch (IOException | RuntimeException e) {
                    // a missing file is the command's to report
                }
            }
        }
        return bytes / (1024 * 1024);
    }

    /** The unpacked copy of {@code jar}, made on first use. */
    static Path unpacked(Path jar, Path cache) throws IOException {
        Path app = cache.resolve("app-" + identity(jar));
        if (Files.isRegularFile(app.resolve(LAUNCHER))) {
            // in use: the pruning below keeps the most recently used copies
            Files.setLastModifiedTime(app, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            return app;
        }
        Files.createDirectories(cache);
        Path tmp = Files.createTempDirectory(cache, ".app-");
        try {
            unpack(jar, tmp);
            try {
                Files.move(tmp, app, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another run unpacked the same jar first: use theirs
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("缓存目录不支持原子移动: " + cache);
            }
        } finally {
            deleteTree(tmp);
        }
        if (!Files.isRegularFile(app.resolve(LAUNCHER))) {
            throw new IOException("解包不完整: " + app);
        }
        prune(cache);
        return app;
    }

    /** Each build of the jar unpacks to a new copy (some 100 MB): only the {@value #KEEP} most recently used stay. */
    private static void prune(Path cache) {
        try (Stream<Path> list = Files.list(cache)) {
            List<Path> apps = list.filter(p -> p.getFileName().toString().startsWith("app-") && Files.isDirectory(p))
                    .sorted(Comparator.comparing((Path p) -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return 0L;
                        }
                    }).reversed()).toList();
            apps.stream().skip(KEEP).forEach(ShortRunJvm::deleteTree);
        } catch (IOException | RuntimeException e) {
            // an old copy left behind costs disk space, nothing else
        }
    }

    /** The jar as it is now (path, size, time) and the JVM that will run it: a class-data archive is valid for one JVM. */
    private static String identity(Path jar) throws IOException {
        String id = jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Spring Boot jar's {@code BOOT-INF/classes} as {@code classes.jar}, its {@code BOOT-INF/lib} as
     * {@code lib/}, and a launcher jar whose {@code Class-Path} lists them in the jar's own classpath order.
     */
    private static void unpack(Path jar, Path into) throws IOException {
        Path lib = Files.createDirectories(into.resolve("lib"));
        List<String> order = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile());
                JarOutputStream classes = new JarOutputStream(Files.newOutputStream(into.resolve("classes.jar")))) {
            ZipEntry index = zip.getEntry("BOOT-INF/classpath.idx");
            if (index == null) {
                throw new IOException("不是 dunban 的可执行 jar（缺少 BOOT-INF/classpath.idx）");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(index), StandardCharsets.UTF_8))) {
                r.lines().map(l -> l.replaceFirst("^- \"", "").replaceFirst("\"$", "")).filter(l -> l.endsWith(".jar"))
                        .forEach(order::add);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar") && !e.isDirectory()) {
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, lib.resolve(name.substring("BOOT-INF/lib/".length())));
                    }
                } else if (name.startsWith("BOOT-INF/classes/") && name.length() > "BOOT-INF/classes/".length()) {
                    classes.putNextEntry(new JarEntry(name.substring("BOOT-INF/classes/".length())));
                    if (!e.isDirectory()) {
                        try (InputStream in = zip.getInputStream(e)) {
                            in.transferTo(classes);
                        }
                    }
                    classes.closeEntry();
                }
            }
        }
        StringBuilder cp = new StringBuilder("classes.jar");
        for (String entry : order) {
            cp.append(' ').append("lib/").append(entry.substring("BOOT-INF/lib/".length()));
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, System.getProperty("dunban.entry-point")); // set by the entry point
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, cp.toString());
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(into.resolve(LAUNCHER)), m)) {
            out.flush();
        }
    }

    /** Keeps the archive the first check wrote, if it wrote a whole one; otherwise the next check tries again. */
    static void keepArchive(Path dump, Path archive, int status) {
        try {
            if ((status == Cli.OK || status == Cli.VIOLATIONS) && Files.isRegularFile(dump) && Files.size(dump) > 0) {
                Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // without an archive the next runs are slower, not wrong
        } finally {
            try {
                Files.deleteIfExists(dump);
            } catch (IOException ignored) {
                // a stray .part file is never read
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover .app- directory is never used
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
