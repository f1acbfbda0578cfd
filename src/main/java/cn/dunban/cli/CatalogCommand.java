package cn.dunban.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.vocabulary.RuleFunctions;

/**
 * {@code dunban catalog}: the targets with their ids, so that a reporting unit knows what it is asked
 * to report and under which id. {@code --unit} keeps the targets a unit leads or takes part in.
 */
final class CatalogCommand implements Command {

    static final String USAGE = "dunban catalog [--document CODE] [--unit 单位名称] [--catalog DIR] [--format text|json]";

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = new Args(argv, Set.of("--document", "--unit", "--catalog", "--format"), Set.of());
        Catalog catalog = Inputs.catalog(args.path("--catalog"));
        String document = args.get("--document");
        if (document != null && catalog.document(document).isEmpty()) {
            throw new UsageException("未知文件代码“" + document + "”（可用: "
                    + catalog.documents().stream().map(d -> d.code()).collect(Collectors.joining(", ")) + "）");
        }
        String unit = args.get("--unit");
        List<Target> targets = catalog.targets().stream()
                .filter(t -> document == null || t.document().equals(document))
                .filter(t -> unit == null || t.leadUnits().contains(unit) || t.participatingUnits().contains(unit))
                .toList();
        if (args.get("--format", "text").equals("json")) {
            out.print(cn.dunban.catalog.CatalogReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(targets));
            out.println();
            return 0;
        }
        out.println("目标 " + targets.size() + " 个" + (unit == null ? "" : "（" + unit + " 牵头或参与）"));
        for (Target t : targets) {
            out.println();
            out.println(t.id() + "　" + t.indicator());
            out.println("    原文：" + t.text());
            out.println("    要求：" + requirement(t) + "　期限：" + t.deadline() + "　强度：" + strength(t));
            out.println("    牵头：" + String.join("、", t.leadUnits())
                    + (t.participatingUnits().isEmpty() ? "" : "　参与：" + String.join("、", t.participatingUnits()))
                    + (t.leadLeaders().isEmpty() ? "" : "　牵头领导：" + String.join("、", t.leadLeaders())));
        }
        return 0;
    }

    private static String requirement(Target t) {
        String unit = t.unit() == null ? "" : t.unit();
        String v = t.value() == null ? "（待下达）" : RuleFunctions.num(t.value()) + unit;
        return switch (t.comparator()) {
            case GE -> v + "及以上";
            case GT -> "超过" + v;
            case LE -> v + "及以内";
            case LT -> "低于" + v;
            case APPROX -> v + "左右";
            case RANGE -> RuleFunctions.num(t.value()) + "—" + RuleFunctions.num(t.valueMax()) + unit;
            case ZERO -> "清零";
            case MILESTONE -> "按期完成";
        };
    }

    private static String strength(Target t) {
        return switch (t.strength()) {
            case BINDING -> "约束性";
            case ASPIRATIONAL -> "力争";
            case PLAIN -> "一般";
        };
    }
}
