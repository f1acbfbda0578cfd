package cn.dunban.catalog.importer;

import java.util.List;

import cn.dunban.catalog.CatalogFile;

/**
 * What the importer drafted: the catalog (document + targets, the form of the built-in catalog files)
 * and the review list — every number and clause it did not turn into a target, with the reason, and
 * every stretch it skipped on purpose. A curator reads both.
 */
public record ImportResult(CatalogFile catalog, List<ReviewLine> review) {

    public ImportResult {
        review = List.copyOf(review);
    }
}
