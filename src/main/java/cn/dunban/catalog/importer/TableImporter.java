package cn.dunban.catalog.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.dunban.catalog.CatalogFile;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.importer.TableColumns.Role;

/**
 * Drafts a catalog from 任务分解表 (docs/catalog.md): each row a task, numbered in reading order. The row's
 * 工作任务 and 目标 are read for targets as the prose importer reads a task's text (one clause parser for
 * every source); who answers for them comes from the unit columns, not from the text:
 * <ul>
 * <li>牵头单位 leads; in a 责任单位 column, the names marked ▲ (or set in bold) lead; with no mark and no
 *     牵头单位 column, the first name listed leads — the convention such notices state ("列第一位的责任单位为
 *     牵头单位") — and the curator is told so;</li>
 * <li>配合单位 and the other 责任单位 take part; 责任领导 are the leaders;</li>
 * <li>完成时限 ("8月底前", "1-8月", "三季度末") dates every target of the row whose own text names no time.</li>
 * </ul>
 * A row it cannot read — no task or target text, fewer cells than the header, no lead unit, a deadline in
 * words it does not know — is reported with its place and the reason; nothing is silently dropped.
 */
final class TableImporter {

    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]).*");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,；;\\s]+");
    private static final Pattern MARK = Pattern.compile("[▲△★☆*＊]");
    private static final Pattern LOCAL = Pattern.compile("^(?:各|相关|有关)");

    private record RowUnits(List<String> lead, List<String> participating, List<String> leaders) {
    }

    ImportResult read(List<TaskTable> tables, String code, String jurisdiction, int year, String title) {
        Document document = new Document(code, title, jurisdiction, year);
        List<ReviewLine> review = new ArrayList<>();
        StringBuilder text = new StringBuilder(title).append('\n');
        Map<Integer, TaskTable.Row> rowOfTask = new HashMap<>();
        Map<Integer, RowUnits> units = new HashMap<>();
        Map<Integer, LocalDate> limits = new HashMap<>();
        Map<Integer, String> titles = new HashMap<>();
        TimeLimit timeLimit = new TimeLimit(year);
        int task = 0;
        for (TaskTable table : tables) {
            TableColumns cols = TableColumns.of(table.header());
            table.notes().forEach(n -> review.add(new ReviewLine(null, 0, table.source(), n)));
            for (TaskTable.Row row : table.rows()) {
                String what = join(row.cell(cols.column(Role.TASK)).text(), row.cell(cols.column(Role.TARGET)).text());
                String number = row.cell(cols.column(Role.NUMBER)).text();
                if (what.isEmpty() && SECTION.matcher(number).matches() || SECTION.matcher(what).matches()
                        && filled(row) == 1) {
                    continue; // a section heading ("一、经济社会发展的主要预期目标") groups tasks; it is none
                }
                if (what.isEmpty()) {
                    review.add(new ReviewLine(null, 0, row.place(), row.place() + "：本行没有工作任务或目标，未读取"));
                    continue;
                }
                if (row.cells().size() < table.header().size()) {
                    review.add(new ReviewLine(task + 1, 0, what, row.place() + "：本行只有" + row.cells().size()
                            + "格，表头有" + table.header().size() + "列（合并或缺漏的格子），按已有的格子读取，请核对单位与时限"));
                }
                task++;
                rowOfTask.put(task, row);
                if (!number.isEmpty() && number.replaceAll("[.．、]", "").matches("\\d+")
                        && Integer.parseInt(number.replaceAll("[.．、]", "")) != task) {
                    review.add(new ReviewLine(task, 0, number, row.place() + "：序号“" + number + "”与行的次序不一致，按第"
                            + task + "项编号"));
                }
                RowUnits u = units(row, cols, task, review);
                units.put(task, u);
                String limit = row.cell(cols.column(Role.DEADLINE)).text();
                LocalDate d = timeLimit.read(limit);
                if (d == null && !limit.isEmpty()) {
                    review.add(new ReviewLine(task, 0, limit, row.place() + "：完成时限“" + limit
                            + "”无法识别，目标按文件年度年底"));
                }
                limits.put(task, d);
                titles.put(task, row.cell(cols.column(Role.TASK)).text().isEmpty() ? null
                        : squeezeLines(row.cell(cols.column(Role.TASK)).text()).replaceAll("[。；;，,]+$", ""));
                text.append(task).append('.').append(squeezeLines(what)).append('\n');
            }
        }
        ImportResult prose = new DocumentImporter().read(text.toString(), code, jurisdiction, year);
        DeadlineParser words = new DeadlineParser(year);
        List<Target> targets = new ArrayList<>();
        Set<Integer> drafted = new LinkedHashSet<>();
        for (Target t : prose.catalog().targets()) {
            RowUnits u = units.get(t.task());
            LocalDate limit = limits.get(t.task());
            LocalDate deadline = limit != null && words.find(t.text()).isEmpty() ? limit : t.deadline();
            String taskTitle = titles.get(t.task()) != null ? titles.get(t.task()) : t.taskTitle();
            targets.add(new Target(t.id(), t.document(), t.task(), taskTitle, t.jurisdiction(), t.year(), t.text(),
                    t.indicator(), t.comparator(), t.value(), t.valueMax(), t.unit(), t.measure(), deadline,
                    t.strength(), u.lead(), u.participating(), u.leaders(), t.per(), t.alternative()));
            drafted.add(t.task());
        }
        for (ReviewLine r : prose.review()) {
            TaskTable.Row row = r.task() == null ? null : rowOfTask.get(r.task());
            review.add(new ReviewLine(r.task(), 0, r.text(), (row == null ? "" : row.place() + "：") + r.reason()));
        }
        for (Map.Entry<Integer, TaskTable.Row> e : rowOfTask.entrySet()) {
            if (!drafted.contains(e.getKey())) {
                review.add(new ReviewLine(e.getKey(), 0, e.getValue().place(), e.getValue().place()
                        + "：本行没有可以核查的数量或节点承诺，未起草目标"));
            }
        }
        return new ImportResult(new CatalogFile(document, targets), review);
    }

    private static RowUnits units(TaskTable.Row row, TableColumns cols, int task, List<ReviewLine> review) {
        List<String> lead = new ArrayList<>();
        List<String> participating = new ArrayList<>();
        TaskTable.Cell leadCell = row.cell(cols.column(Role.LEAD));
        TaskTable.Cell responsible = row.cell(cols.column(Role.RESPONSIBLE));
        lead.addAll(names(leadCell.text()));
        List<String> marked = marked(responsible);
        List<String> others = new ArrayList<>(names(responsible.text()));
        if (lead.isEmpty() && !marked.isEmpty()) {
            lead.addAll(marked);
            others.removeAll(marked);
        } else if (lead.isEmpty() && !others.isEmpty()) {
            String first = others.get(0);
            if (!LOCAL.matcher(first).find()) {
                lead.add(first);
                others.remove(0);
                review.add(new ReviewLine(task, 0, responsible.text(), row.place()
                        + "：责任单位未标明牵头单位（▲或加粗），按列第一位的“" + first + "”为牵头单位，请核对"));
            }
        }
        participating.addAll(others);
        participating.addAll(names(row.cell(cols.column(Role.PARTICIPATING)).text()));
        if (lead.isEmpty()) {
            review.add(new ReviewLine(task, 0, row.place(), row.place() + "：没有牵头单位，请补充"));
        }
        List<String> leaders = names(row.cell(cols.column(Role.LEADER)).text());
        return new RowUnits(lead, participating, leaders);
    }

    /** The names in a 责任单位 cell marked as leading: by ▲ before the name, or set in bold. */
    private static List<String> marked(TaskTable.Cell cell) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(cell.text())) {
            if (MARK.matcher(part).find()) {
                out.add(clean(part));
            }
        }
        for (String b : cell.bold()) {
            out.addAll(names(b));
        }
        return out.stream().filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static List<String> names(String cell) {
        List<String> out = new ArrayList<>();
        // "各县、市、区政府" is one name whose 、 are not list separators
        String protectedCell = (cell == null ? "" : cell).replace("县、市、区", "县\u0001市\u0001区");
        for (String part : NAME_SEPARATORS.split(protectedCell)) {
            String n = clean(part).replace('\u0001', '、');
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** A unit's name without its mark, the list's 等 or a closing 。 */
    private static String clean(String part) {
        return MARK.matcher(part).replaceAll("").replaceAll("(?:等|按职责分工负责|负责)?[。.]?$", "").strip();
    }

    private static String join(String task, String target) {
        if (target.isEmpty()) {
            return task;
        }
        if (task.isEmpty()) {
            return target;
        }
        return task.matches(".*[。；;！!]$") ? task + target : task + "。" + target;
    }

    private static String squeezeLines(String s) {
        return s.replaceAll("\\s*\\n\\s*", "");
    }

    private static int filled(TaskTable.Row row) {
        return (int) row.cells().stream().filter(c -> !c.text().isEmpty()).count();
    }
}
