package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogFile;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;

/**
 * Runs the importer on every seed document whose curated catalog is built in and compares the draft
 * with the curators' targets over (task, comparator, value, unit, deadline). Prints precision and
 * recall per document and fails below 0.95 for either.
 *
 * <p>While curated catalogs live on other branches, {@code -Dimporter.catalogs=DIR[:DIR…]} adds
 * {@code <CODE>.json} files from those directories (the built-in one wins); {@code -Dimporter.verbose=true}
 * lists the tuples that differ.
 */
class ImporterAccuracyTest {

    private static final double THRESHOLD = 0.95;

    @TestFactory
    Stream<DynamicTest> draftsMatchTheCuratedCatalogs() throws IOException {
        Map<String, CatalogFile> curated = curatedCatalogs();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, CatalogFile> e : curated.entrySet()) {
            String code = e.getKey();
            Optional<Path> seed = seed(code);
            if (seed.isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(code, () -> {
                Document doc = e.getValue().document();
                String text = Files.readString(seed.get(), StandardCharsets.UTF_8);
                ImportResult result = new DocumentImporter().read(text, code, doc.jurisdiction(), doc.year());
                CatalogComparison c = CatalogComparison.of(code, result.catalog().targets(), e.getValue().targets());
                System.out.println(c.summary());
                if (Boolean.getBoolean("importer.verbose")) {
                    c.missing().forEach(m -> System.out.println("  missing " + m));
                    c.extra().forEach(x -> System.out.println("  extra   " + x));
                }
                assertThat(c.precision()).as(c.summary()).isGreaterThanOrEqualTo(THRESHOLD);
                assertThat(c.recall()).as(c.summary()).isGreaterThanOrEqualTo(THRESHOLD);
            }));
        }
        return tests.stream();
    }

    /** Curated catalogs by code: the built-in ones, then any from {@code -Dimporter.catalogs}. */
    private static Map<String, CatalogFile> curatedCatalogs() throws IOException {
        Map<String, CatalogFile> out = new LinkedHashMap<>();
        Catalog builtIn = CatalogReader.builtIn();
        for (Document d : builtIn.documents()) {
            List<Target> targets = builtIn.targets().stream().filter(t -> t.document().equals(d.code())).toList();
            out.put(d.code(), new CatalogFile(d, targets));
        }
        String extra = System.getProperty("importer.catalogs", "");
        for (String dir : extra.split(File.pathSeparator)) {
            if (dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    CatalogFile f = CatalogReader.readFile(p);
                    out.putIfAbsent(f.document().code(), f);
                }
            }
        }
        return out;
    }

    /** The seed file of a code: {@code seeds/<CODE>-….txt} on the test classpath. */
    static Optional<Path> seed(String code) throws IOException {
        URL dir = ImporterAccuracyTest.class.getClassLoader().getResource("seeds");
        if (dir == null) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.getFileName().toString().startsWith(code + "-")).findFirst();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
