package cn.dunban.ledger;

import java.util.List;
import java.util.stream.Collectors;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;

/**
 * Which targets a ledger lists: those of one document, narrowed to a jurisdiction and to the targets a
 * unit leads (牵头). A selection that names an unknown document or selects nothing is refused with the
 * reason, never answered with an empty ledger.
 */
public record LedgerScope(String document, String jurisdiction, String unit) {

    public Document documentIn(Catalog catalog) {
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("缺少文件代码（可用: " + codes(catalog) + "）");
        }
        return catalog.document(document).orElseThrow(() -> new IllegalArgumentException(
                "未知文件代码“" + document + "”（可用: " + codes(catalog) + "）"));
    }

    /** The targets in scope, in catalog order. */
    public List<Target> targets(Catalog catalog) {
        documentIn(catalog);
        List<Target> ofDocument = catalog.targets().stream().filter(t -> t.document().equals(document)).toList();
        List<Target> inPlace = ofDocument.stream()
                .filter(t -> jurisdiction == null || t.jurisdiction().equals(jurisdiction)).toList();
        if (inPlace.isEmpty()) {
            throw new IllegalArgumentException(document + " 没有“" + jurisdiction + "”的目标（该文件的辖区: "
                    + ofDocument.stream().map(Target::jurisdiction).distinct().collect(Collectors.joining("、")) + "）");
        }
        List<Target> led = inPlace.stream().filter(t -> unit == null || t.leadUnits().contains(unit)).toList();
        if (led.isEmpty()) {
            throw new IllegalArgumentException("“" + unit + "”在 " + document
                    + (jurisdiction == null ? "" : "（" + jurisdiction + "）") + " 不牵头任何目标（单位名称须与目录中的牵头单位一字不差）");
        }
        return led;
    }

    private static String codes(Catalog catalog) {
        return catalog.documents().stream().map(Document::code).collect(Collectors.joining(", "));
    }
}
