package cn.dunban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cn.dunban.catalog.Catalog;
import cn.dunban.ledger.LedgerScope;
import cn.dunban.ledger.LedgerWriter;

/**
 * {@code dunban ledger}: writes the workbook a unit fills in — the key-task ledger (台账) of a document,
 * narrowed to a jurisdiction and a unit, or the templates of the 两高 project register and the energy
 * statistics ({@code --kind projects|energy}). A filled workbook goes back in with {@code check --facts}.
 */
final class LedgerCommand implements Command {

    static final String USAGE = "dunban ledger --document CODE [--jurisdiction NAME] [--unit 单位名称] "
            + "[--kind targets|projects|energy] [--catalog DIR] --out FILE.xlsx";

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("--document", "--jurisdiction", "--unit", "--kind", "--catalog", "--out"),
                Set.of());
        Path file = Path.of(args.required("--out"));
        if (!file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            throw new UsageException("--out 应为 .xlsx 文件");
        }
        String kind = args.get("--kind", "targets");
        Catalog catalog = Inputs.catalog(args.path("--catalog"));
        LedgerScope scope = new LedgerScope(args.get("--document"), args.get("--jurisdiction"), args.get("--unit"));
        LedgerWriter writer = new LedgerWriter(catalog);
        byte[] workbook;
        try {
            workbook = switch (kind) {
                case "targets" -> writer.targets(scope);
                case "projects" -> writer.projects(scope.jurisdiction());
                case "energy" -> writer.energy(scope);
                default -> throw new UsageException("--kind 只能是 targets、projects 或 energy");
            };
            if (!kind.equals("targets") && scope.unit() != null) {
                throw new UsageException("--unit 只用于重点任务台账（--kind targets）");
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Output.write(workbook, file);
        err.println("已写出 " + file + (kind.equals("targets") ? "（" + scope.targets(catalog).size() + " 个目标）" : ""));
        return 0;
    }
}
