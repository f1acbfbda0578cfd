package cn.dunban.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.engine.Checker;
import cn.dunban.engine.Rulebase;
import cn.dunban.engine.Rulebases;
import cn.dunban.facts.Facts;
import cn.dunban.findings.FindingsReport;
import cn.dunban.office.Notice;
import cn.dunban.office.NoticeDocument;
import cn.dunban.office.WorkCalendar;
import cn.dunban.scope.Scope;

/**
 * {@code dunban notice}: one 督办通知单 (.docx) for one lead unit of one jurisdiction, listing that unit's findings
 * with their clauses and a reply deadline ({@code notice.replyDays} working days, a parameter in
 * {@code rules/status/params.json}, or {@code --reply-days}). A unit name that leads targets in two jurisdictions
 * (市发展改革委 in 济宁市 and 菏泽市) needs {@code --jurisdiction}: a notice goes to one bureau.
 */
final class NoticeCommand implements Command {

    static final String USAGE = "dunban notice --facts FILE --as-of DATE --unit 牵头单位 [--jurisdiction NAME] --out FILE.docx "
            + "[--reply-days N] [--issuer 发文单位] [--number 编号] [--date 发文日期] [--catalog DIR] [--rules DIR]";

    static final String REPLY_DAYS = Notice.REPLY_DAYS;

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args args = new Args(argv, Set.of("--as-of", "--unit", "--jurisdiction", "--out", "--reply-days",
                "--issuer", "--number", "--date", "--catalog", "--rules"), Set.of("--facts"), Set.of());
        String unit = args.required("--unit");
        var outFile = args.path("--out");
        if (outFile == null) {
            throw new UsageException("缺少 --out FILE.docx");
        }
        LocalDate asOfOption = args.date("--as-of");
        LocalDate issued = args.date("--date") != null ? args.date("--date") : LocalDate.now();
        Catalog catalog = Inputs.catalog(args.path("--catalog"));
        String jurisdiction = jurisdiction(catalog, unit, args.get("--jurisdiction"));
        java.nio.file.Path rulesDir = Inputs.rules(args.path("--rules"));
        Inputs.requireRules(rulesDir);
        // every input is read and checked before the rules are compiled: a mistyped file is answered at once
        Facts facts = Inputs.facts(catalog, args.paths("--facts"));
        Rulebase rulebase = Rulebases.load(rulesDir);
        int replyDays = args.get("--reply-days") != null ? args.integer("--reply-days", 0) : replyDays(rulebase);
        if (replyDays < 1) {
            throw new UsageException("--reply-days 应为正整数");
        }
        LocalDate asOf = asOfOption != null ? asOfOption : facts.asOf() != null ? facts.asOf() : LocalDate.now();
        FindingsReport all = Checker.partitioned(rulebase, catalog).check(facts, asOf);
        Notice notice = Notice.of(all, catalog, jurisdiction, unit, issued, replyDays, args.get("--issuer"),
                args.get("--number"));
        if (notice.findings().isEmpty()) {
            err.println(jurisdiction + "·" + unit + " 截至 " + asOf + " 没有需要督办的事项，未生成通知单");
            return Cli.OK;
        }
        Output.write(NoticeDocument.write(notice), outFile);
        err.println(notice.number() + "　" + jurisdiction + "·" + unit + "　督办事项 " + notice.findings().size()
                + " 项　办理时限 " + notice.replyBy() + " → " + outFile);
        for (int year = issued.getYear(); year <= notice.replyBy().getYear(); year++) {
            if (!WorkCalendar.builtIn().knows(year)) {
                err.println("提示：" + year + "年的节假日安排尚未录入（calendar/holidays.json），办理时限按周一至周五计算，请核对");
            }
        }
        return Cli.OK;
    }

    /** The jurisdiction the notice goes to: the one given (checked), or the only one where the unit leads targets. */
    private static String jurisdiction(Catalog catalog, String unit, String given) {
        Scope scope = Inputs.scope(catalog, given == null ? List.of() : List.of(given), List.of(unit));
        if (given != null) {
            return scope.jurisdictions().iterator().next();
        }
        Set<String> places = new TreeSet<>();
        for (Target t : catalog.targets()) {
            if (t.leadUnits().contains(unit)) {
                places.add(t.jurisdiction());
            }
        }
        if (places.size() > 1) {
            throw new UsageException("“" + unit + "”在 " + String.join("、", places)
                    + " 都牵头目标，请用 --jurisdiction 指明通知单发给哪个地区的" + unit);
        }
        return places.iterator().next();
    }

    private static int replyDays(Rulebase rulebase) {
        return Notice.replyDays(rulebase.parameters())
                .orElseThrow(() -> new UsageException("规则目录中没有参数 " + REPLY_DAYS + "（办理时限），请用 --reply-days 指定"));
    }
}
