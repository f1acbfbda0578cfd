package cn.dunban.catalog;

import java.util.List;

/** The on-disk form of one document's catalog (the README's command line): the same form `import` writes. */
public record CatalogFile(Document document, List<Target> targets) {
}
