package cn.dunban.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.dunban.input.InputError;
import cn.dunban.vocabulary.Clause;
import cn.dunban.vocabulary.Parameter;
import cn.dunban.vocabulary.TargetLink;

/**
 * Compiled rulebases kept on disk between runs, so that a command that checks with unchanged rules does
 * not compile them again (compiling the shipped rules takes seconds; reading them back, a fraction).
 *
 * <p>An entry is keyed by a fingerprint of everything the compiled form depends on: the contents of every
 * rule and data file under the rules directory (as {@link RulebaseLoader} reads them), the bytes of every
 * class the rule files import (the compiled rules call into them: a changed dunban build with the same
 * rules is a miss), the Drools and Java versions and this class's format. Drools's {@code KieBase} itself
 * is not serializable; its packages are ({@code InternalKnowledgePackage}, the compiled rules, functions,
 * declared types and DSL-expanded rules with their generated classes), and a new KieBase is built from them.
 *
 * <p>Where: {@link CacheDirectory} ({@code $DUNBAN_CACHE}, else {@code $XDG_CACHE_HOME/dunban}, else
 * {@code ~/.cache/dunban}; {@code DUNBAN_CACHE=off} turns it off).
 * Safe under concurrent runs: an entry is written to a temporary file and moved into place atomically, so a
 * reader sees a whole entry or none. An entry that cannot be read (truncated, from another build) is
 * compiled again, with one log line, and replaced.
 */
public final class RulebaseCache {

    private static final Logger LOG = LoggerFactory.getLogger(RulebaseCache.class);
    /** Bump when the layout of an entry changes. */
    private static final String FORMAT = "dunban-rulebase-cache-4";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(function\\s+)?([\\w.]+)\\s*;?");
    private static final String DIR_MARK = "\u0000rules-dir\u0000";
    /** Entries kept: the most recently used. */
    static final int KEEP = 32;
    private static final RulebaseCache DEFAULT = new RulebaseCache(CacheDirectory.resolve());

    private final Path directory;

    /** A cache in {@code directory}; {@code null} for none (every load compiles). */
    public RulebaseCache(Path directory) {
        this.directory = directory;
    }

    /** The rulebase of {@code rulesDir}, from the default cache when its files are unchanged; compiled and stored otherwise. */
    public static Rulebase load(Path rulesDir) {
        return DEFAULT.get(rulesDir);
    }

    /** The per-user cache, as configured by the environment. */
    public static RulebaseCache standard() {
        return DEFAULT;
    }

    public Path directory() {
        return directory;
    }

    /**
     * The rulebase of {@code rulesDir}: read back when an entry for exactly these files exists, else compiled
     * by {@link RulebaseLoader#load} (which throws {@link RulebaseException} for rules that do not compile:
     * those are never cached) and stored.
     */
    public Rulebase get(Path rulesDir) {
        if (directory == null || !Files.isDirectory(rulesDir)) {
            return RulebaseLoader.load(rulesDir);
        }
        String key;
        try {
            key = key(rulesDir);
        } catch (IOException | RuntimeException e) {
            return RulebaseLoader.load(rulesDir);
        }
        Path entry = directory.resolve("rulebase-" + key + ".bin");
        Rulebase cached = read(entry, rulesDir);
        if (cached != null) {
            touch(entry);
            return cached;
        }
        Rulebase compiled = RulebaseLoader.load(rulesDir);
        write(entry, compiled, rulesDir);
        prune();
        return compiled;
    }

    /** An entry read is an entry in use: pruning goes by when an entry was last written or read. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // read-only cache: pruning may take it sooner, nothing else
        }
    }

    /**
     * Every edit of the rules is a new entry (some 0.7 MB); only the {@value #KEEP} most recently used stay, so a
     * service whose rules policy staff edit for years keeps a few dozen MB here, not gigabytes.
     */
    private void prune() {
        try (Stream<Path> list = Files.list(directory)) {
            List<Path> entries = list.filter(f -> f.getFileName().toString().startsWith("rulebase-")
                    && f.getFileName().toString().endsWith(".bin")).sorted(Comparator.comparingLong((Path f) -> {
                        try {
                            return Files.getLastModifiedTime(f).toMillis();
                        } catch (IOException e) {
                            return 0L;
                        }
                    }).reversed()).toList();
            for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // an old entry left behind costs disk space, nothing else
        }
    }

    /** The fingerprint an entry is stored under (hex). */
    String key(Path rulesDir) throws IOException {
        Path root = rulesDir.toAbsolutePath().normalize();
        MessageDigest d = sha256();
        update(d, FORMAT);
        update(d, "java " + Runtime.version().feature());
        update(d, "drools " + droolsVersion());
        TreeSet<String> imported = new TreeSet<>();
        for (Path file : ruleFiles(root)) {
            byte[] bytes = Files.readAllBytes(file);
            update(d, root.relativize(file).toString().replace('\\', '/'));
            d.update(bytes);
            String name = file.getFileName().toString();
            if (name.endsWith(".drl") || name.endsWith(".dslr")) {
                Matcher m = IMPORT.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) {
                    String cls = m.group(2);
                    imported.add(m.group(1) != null ? cls.substring(0, cls.lastIndexOf('.')) : cls);
                }
            }
        }
        ClassLoader loader = RulebaseCache.class.getClassLoader();
        for (String cls : imported) {
            update(d, cls);
            try (InputStream in = loader.getResourceAsStream(cls.replace('.', '/') + ".class")) {
                if (in != null) {
                    d.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(d.digest()).substring(0, 32);
    }

    private Rulebase read(Path entry, Path rulesDir) {
        Path root = rulesDir.toAbsolutePath().normalize();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(entry), 1 << 16)) {
            KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration(null,
                    RulebaseCache.class.getClassLoader());
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
            DroolsObjectInputStream in = new DroolsObjectInputStream(file, kieBase.getRootClassLoader());
            if (!FORMAT.equals(in.readUTF())) {
                throw new IOException("unknown format");
            }
            String version = in.readUTF();
            List<String> files = strings(in);
            List<InputError> warnings = new ArrayList<>();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String f = in.readUTF().replace(DIR_MARK, rulesDir.toString());
                warnings.add(new InputError(f, in.readInt(), in.readInt(), in.readUTF(), in.readUTF(), in.readUTF()));
            }
            List<Parameter> parameters = new ArrayList<>();
            n = in.readInt();
            for (int i = 0; i < n; i++) {
                parameters.add(new Parameter(nullable(in), nullable(in), (Double) in.readObject(), strings(in),
                        nullable(in), nullable(in), nullable(in), nullable(in), nullable(in)));
            }
            List<Clause> clauses = new ArrayList<>();
            n = in.readInt();
            for (int i = 0; i < n; i++) {
                clauses.add(new Clause(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), nullable(in), in.readUTF(),
                        in.readInt(), in.readUTF(), strings(in)));
            }
            List<TargetLink> links = new ArrayList<>();
            n = in.readInt();
            for (int i = 0; i < n; i++) {
                links.add(new TargetLink(in.readUTF(), in.readUTF(), nullable(in), nullable(in)));
            }
            // declared types (declare …) are classes the compiler defined in the KieBase's class loader, not in a
            // package: they must be known there before the packages that use them are read
            n = in.readInt();
            Map<String, byte[]> classes = new HashMap<>();
            for (int i = 0; i < n; i++) {
                classes.put(in.readUTF(), (byte[]) in.readObject());
            }
            if (!classes.isEmpty()) {
                ((ProjectClassLoader) kieBase.getRootClassLoader()).storeClasses(classes);
            }
            n = in.readInt();
            List<KiePackage> packages = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                packages.add((InternalKnowledgePackage) in.readObject());
            }
            kieBase.addPackages(packages);
            // the entry's key covers every file's content, so the files' own hashes are those of the directory now
            return new Rulebase(root, kieBase, List.copyOf(parameters), List.copyOf(clauses), List.copyOf(links), version,
                    List.copyOf(files), List.copyOf(warnings), RulebaseLoader.digests(rulesDir));
        } catch (NoSuchFileException e) {
            return null;
        } catch (Exception | LinkageError e) {
            LOG.warn("规则缓存 {} 无法读取（{}），重新编译规则", entry, e.toString());
            return null;
        }
    }

    private void write(Path entry, Rulebase rb, Path rulesDir) {
        Path tmp = null;
        try {
            Files.createDirectories(directory);
            tmp = Files.createTempFile(directory, ".rulebase-", ".part");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                    DroolsObjectOutputStream out = new DroolsObjectOutputStream(file)) {
                out.writeUTF(FORMAT);
                out.writeUTF(rb.version());
                strings(out, rb.files());
                out.writeInt(rb.warnings().size());
                for (InputError w : rb.warnings()) {
                    // warnings name files as the directory was given; a hit from another path names its own
                    String given = rulesDir.toString();
                    out.writeUTF(w.file().startsWith(given) ? DIR_MARK + w.file().substring(given.length()) : w.file());
                    out.writeInt(w.line());
                    out.writeInt(w.column());
                    out.writeUTF(w.field());
                    out.writeUTF(w.code());
                    out.writeUTF(w.message());
                }
                out.writeInt(rb.parameters().size());
                for (Parameter p : rb.parameters()) {
                    nullable(out, p.name());
                    nullable(out, p.key());
                    out.writeObject(p.value());
                    strings(out, p.values());
                    nullable(out, p.unit());
                    nullable(out, p.source());
                    nullable(out, p.status());
                    nullable(out, p.label());
                    nullable(out, p.file());
                }
                out.writeInt(rb.clauses().size());
                for (Clause c : rb.clauses()) {
                    out.writeUTF(c.id());
                    out.writeUTF(c.control());
                    out.writeUTF(c.document());
                    out.writeInt(c.task());
                    nullable(out, c.taskTitle());
                    out.writeUTF(c.jurisdiction());
                    out.writeInt(c.year());
                    out.writeUTF(c.text());
                    strings(out, c.leadUnits());
                }
                out.writeInt(rb.links().size());
                for (TargetLink l : rb.links()) {
                    out.writeUTF(l.lower());
                    out.writeUTF(l.parent());
                    nullable(out, l.reason());
                    nullable(out, l.kind());
                }
                Map<String, byte[]> classes = generatedClasses(rb);
                out.writeInt(classes.size());
                for (var c : classes.entrySet()) {
                    out.writeUTF(c.getKey());
                    out.writeObject(c.getValue());
                }
                Collection<KiePackage> packages = rb.kieBase().getKiePackages();
                out.writeInt(packages.size());
                for (KiePackage p : packages) {
                    out.writeObject(p);
                }
            }
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Exception | LinkageError e) {
            // a cache that cannot be written costs the next run a compile, nothing else
            LOG.warn("规则缓存 {} 无法写入（{}）", entry, e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next run to overwrite; named .part so no reader takes it
                }
            }
        }
    }

    private static Map<String, byte[]> generatedClasses(Rulebase rb) throws IOException {
        ClassLoader loader = ((InternalRuleBase) rb.kieBase()).getRootClassLoader();
        if (!(loader instanceof ProjectClassLoader project)) {
            throw new IOException("unexpected class loader " + loader.getClass().getName());
        }
        Map<String, byte[]> out = new TreeMap<>();
        if (project.getStore() != null) {
            out.putAll(project.getStore());
        }
        return out;
    }

    private static List<Path> ruleFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".drl") || n.endsWith(".dsl") || n.endsWith(".dslr") || n.endsWith(".json");
            }).sorted().toList();
        }
    }

    private static String droolsVersion() {
        try (InputStream in = RulebaseCache.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "?");
            }
        } catch (IOException ignored) {
            // fall through to the class's own package version
        }
        return String.valueOf(InternalKnowledgePackage.class.getPackage().getImplementationVersion());
    }

    private static void strings(ObjectOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(ObjectInput in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }

    private static void nullable(ObjectOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String nullable(ObjectInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
