package cn.dunban.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.facts.FactsReader;

/**
 * The service renders a stored check's findings document by re-using the text of findings the previous document
 * had; a client must get exactly the document {@link JsonRenderer#render} writes, whatever came and went between.
 */
class IncrementalRenderingTest {

    private static final Catalog CATALOG = CatalogReader.builtIn();

    @Test
    void writesExactlyTheDocumentOfTheOneShotRendererAsFindingsComeAndGo() {
        Checker checker = new Checker(Rulebases.load(Path.of("rules")), CATALOG);
        FactsReader reader = new FactsReader(CATALOG);
        List<FindingsReport> reports = new ArrayList<>();
        for (String sample : List.of("midyear-2023-09", "controls-2025", "jn2023-review-2023")) {
            Facts facts = reader.read(Path.of("samples", sample + ".json"));
            reports.add(checker.check(facts, facts.asOf()));
        }
        FindingsReport midyear = reports.get(0);
        assertThat(midyear.findings()).hasSizeGreaterThan(5);
        // the same date with some findings gone and the rest kept: most texts re-used
        reports.add(new FindingsReport(midyear.asOf(), midyear.rulebase(), midyear.findings().subList(2, 7)));
        reports.add(midyear);
        reports.add(new FindingsReport(midyear.asOf(), midyear.rulebase(), List.of()));
        reports.add(midyear);

        JsonRenderer.Incremental incremental = new JsonRenderer.Incremental();
        for (FindingsReport r : reports) {
            assertThat(new String(incremental.render(r), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(JsonRenderer.render(r));
        }
    }
}
