package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.CatalogFile;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.importer.ClauseParser.Draft;
import cn.dunban.catalog.importer.QuantityScanner.Quantity;
import cn.dunban.catalog.importer.TextCleaner.CleanText;
import cn.dunban.catalog.importer.UnitBracketParser.Assignment;

/**
 * Drafts the catalog of a key-task list ("重点工作任务") from its plain text, PDF-conversion debris
 * included (the README's command line, {@code dunban import}).
 *
 * <pre>{@code
 * ImportResult r = new DocumentImporter().read(text, "JN2023", "济宁市", 2023);
 * CatalogFile draft = r.catalog();          // {"document": {...}, "targets": [...]} as in docs/catalog.md
 * CatalogReader.mapper().writerWithDefaultPrettyPrinter().writeValue(out, draft);
 * r.review().forEach(line -> ...);          // what a curator must check, with reasons
 * }</pre>
 *
 * <p>Target ids are {@code CODE-task-n} with the document's own task numbers; targets stated before the
 * numbered tasks in a "主要预期目标" block are task 0. A "工作回顾" section holds past results and
 * yields no targets, only a review note. The document's title is drafted from the notice's head (the
 * caller may replace it with the official one). Every target's {@code text} is a substring of
 * {@link cn.dunban.catalog.Quantities#squeeze} of the input. The importer never invents a value: what it
 * cannot read with confidence goes to the review list, never silently away. The class is stateless and
 * thread-safe.
 */
public final class DocumentImporter {

    private static final Pattern TITLE_WORDS = Pattern.compile("重点工作任务|工作报告|任务目标|工作要点|实施方案");
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\p{IsHan}]{1,8}[〔\\[［【(（]\\d{4}[〕\\]］】)）]\\d{1,4}号");

    /**
     * @param text         the document as plain text (UTF-8 decoded), as a PDF converter left it
     * @param code         the document code for target ids (docs/catalog.md), e.g. "JN2023"
     * @param jurisdiction the issuing jurisdiction, e.g. "济宁市"
     * @param year         the year the tasks are for: the default deadline is its 31 December
     */
    public ImportResult read(String text, String code, String jurisdiction, int year) {
        CleanText clean = new TextCleaner().clean(text);
        TaskSplitter.Outline outline = TaskSplitter.split(clean);
        List<ReviewLine> review = new ArrayList<>(outline.notes());
        List<Target> targets = new ArrayList<>();
        Document document = new Document(code, title(clean), jurisdiction, year);
        ClauseParser parser = new ClauseParser(year);
        QuantityScanner scanner = new QuantityScanner();
        for (Block block : outline.blocks()) {
            switch (block.kind()) {
                case TASK, GOALS -> draftTask(block, document, parser, targets, review);
                case REVIEW -> review.add(new ReviewLine(null, block.line(), block.heading(),
                        "工作回顾：往年实绩（报告事实），不是目标；跳过 " + scanner.scan(block.body().text()).size()
                                + " 个带单位的数字"));
                case OTHER -> {
                    Snippet s = block.body();
                    for (Quantity q : scanner.scan(s.text())) {
                        review.add(new ReviewLine(null, s.line(q.start()), s.text().substring(q.start(), q.end()),
                                "不在任何编号任务中（标题、前言或落款），未作为目标"));
                    }
                }
                default -> throw new IllegalStateException(block.kind().name());
            }
        }
        return new ImportResult(new CatalogFile(document, targets), review);
    }

    /** The targets of one task (or of the main-targets block, task 0), numbered on from any already drafted. */
    private static void draftTask(Block block, Document doc, ClauseParser parser, List<Target> targets,
                                  List<ReviewLine> review) {
        int task = block.kind() == Block.Kind.GOALS ? 0 : block.task();
        Assignment who = block.kind() == Block.Kind.TASK ? new UnitBracketParser().parse(block.body())
                : new Assignment(block.body(), List.of(), List.of(), List.of(), List.of());
        if (!who.ignored().isEmpty()) {
            review.add(new ReviewLine(task, block.line(), String.join("；", who.ignored()),
                    "单位括号中没有标签的说明，未作为单位读取"));
        }
        List<Target> earlier = targets.stream().filter(t -> t.task() == task).toList();
        if (!earlier.isEmpty()) {
            review.add(new ReviewLine(task, block.line(), block.heading(), "任务编号重复出现，目标编号接着前一段计数"));
        }
        Map<String, Integer> indicatorUse = new HashMap<>();
        earlier.forEach(t -> indicatorUse.merge(t.indicator(), 1, Integer::sum));
        ClauseParser.Parsed parsed = parser.parse(who.body(), task);
        review.addAll(parsed.review());
        int n = earlier.size();
        for (Draft d : parsed.drafts()) {
            n++;
            targets.add(new Target(doc.code() + "-" + task + "-" + n, doc.code(), task, block.heading(),
                    doc.jurisdiction(), doc.year(), d.text(), unique(d.indicator(), indicatorUse), d.comparator(),
                    d.value(), d.valueMax(), d.unit(), d.measure(), d.deadline(), d.strength(),
                    who.leadUnits(), who.participatingUnits(), who.leadLeaders()));
        }
    }

    /** Keeps indicators distinct inside a task: reports find a target by a piece of its indicator. */
    private static String unique(String indicator, Map<String, Integer> use) {
        int k = use.merge(indicator, 1, Integer::sum);
        return k == 1 ? indicator : indicator + "（" + k + "）";
    }

    /**
     * The document's title as it stands in its head: the line naming the key tasks (or the notice),
     * with the document number (文号) in brackets when the head has one.
     */
    static String title(CleanText clean) {
        List<String> head = new ArrayList<>();
        for (TextCleaner.CleanLine line : clean.lines()) {
            String t = line.content().text();
            if (!t.isEmpty() && head.size() < 25) {
                head.add(t);
            }
        }
        String number = null;
        for (String t : head) {
            Matcher m = DOC_NUMBER.matcher(t);
            if (m.find() && t.length() < 30) {
                number = m.group();
                break;
            }
        }
        String best = null;
        for (int i = 0; i < head.size() && best == null; i++) {
            if (head.get(i).contains("关于") && !head.get(i).contains("。")) {
                // a notice's title may break over lines: "关于印发《…深化" / "…发展" / "2023年重点工作任务》的通知"
                StringBuilder b = new StringBuilder(head.get(i));
                for (int j = i + 1; j < Math.min(head.size(), i + 5) && !b.toString().contains("通知"); j++) {
                    b.append(head.get(j));
                }
                best = b.toString();
            }
        }
        for (int i = 0; i < head.size() && best == null; i++) {
            String t = head.get(i);
            if (t.length() <= 80 && !t.contains("。") && TITLE_WORDS.matcher(t).find()) {
                best = t;
            }
        }
        if (best == null) {
            return "";
        }
        // "某市人民政府办公室关于印发《某市…重点工作任务》的通知": the document is what the notice issues
        int issued = best.indexOf("关于印发");
        if (issued >= 0) {
            best = best.substring(issued + "关于印发".length()).replaceAll("的通知$", "").replaceAll("^《|》$", "");
        }
        return number == null ? best : best + "（" + number + "）";
    }
}
