package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.importer.Block.Kind;
import cn.dunban.catalog.importer.TextCleaner.CleanLine;

/**
 * Cuts a cleaned document into blocks: numbered tasks, the main-targets block, review sections and
 * the rest.
 *
 * <p>A task heading is only believed when its number is the next one expected and it is written in the
 * same style as the first task ("1." / "（1）" / "1 " + title line). That keeps a line broken before a
 * number ("10 项以上") or a numbered sub-list inside a task from opening a new task. Section headings
 * ("一、", "（一）", "第一部分") close the current task. PDF conversion sometimes glues the first task of a
 * section onto the section heading ("五、… 17.更大力度…"); the expected number is looked for there too.
 */
final class TaskSplitter {

    record Outline(List<Block> blocks, List<ReviewLine> notes) {
    }

    private enum Style { DOT, PAREN, SPACE }

    private static final Pattern SECTION = Pattern.compile(
            "^(?:[一二三四五六七八九十百]+[、.．]|（[一二三四五六七八九十百]+）|\\([一二三四五六七八九十百]+\\)|第[一二三四五六七八九十百]+[部分章节篇])");
    private static final Pattern DOT_TASK = Pattern.compile("^(\\d{1,3})[.．、](?![\\d.．])");
    private static final Pattern PAREN_TASK = Pattern.compile("^[（(](\\d{1,3})[）)]");
    private static final Pattern SPACE_TASK = Pattern.compile("^(\\d{1,3})(?=\\p{IsHan})");
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:抄送|抄报|主送|[（(]此件公开发布[）)]|[（(]此件不公开[）)]).*|^[^，。,；;]{0,30}\\d{4}年\\d{1,2}月\\d{1,2}日(?:印发)?$");
    private static final Pattern HEADING_PUNCT = Pattern.compile("[。，,；;：:（）()、“”\"]");
    private static final Pattern REVIEW_WORDS = Pattern.compile("回顾");
    private static final Pattern GOALS_WORDS = Pattern.compile("预期目标|主要目标|主要指标|预期指标");
    private static final Pattern PLAN_WORDS = Pattern.compile("安排|任务|计划|部署|重点工作");

    private final String squeezed;
    private final List<Block> blocks = new ArrayList<>();
    private final List<ReviewLine> notes = new ArrayList<>();
    private Kind kind = Kind.OTHER;
    private int task = 0;
    private String heading = "";
    private String section = "";
    private int headingLine = 0;
    private List<Snippet> parts = new ArrayList<>();
    /** The last task number given out; with numbering that restarts per section it runs on. */
    private int lastTask = 0;
    /** The document's own last number, and what to add to it when its numbering has restarted. */
    private int lastNumber = 0;
    private int offset = 0;
    private boolean sectionJustOpened = false;
    private Style style;
    private final Mode mode;

    /**
     * Which headings are tasks. Documents of the genre number tasks "1." under sections "一、"; some have
     * only "（一）" items under "一、" sections, or only "一、" headings: then those are the tasks.
     */
    private enum Mode { ARABIC, SUB_SECTIONS, SECTIONS }

    private static final Pattern SUB_SECTION = Pattern.compile("^[（(]([一二三四五六七八九十百]+)[）)]");
    private static final Pattern TOP_SECTION = Pattern.compile("^([一二三四五六七八九十百]+)[、.．]");

    private TaskSplitter(String squeezed, Mode mode) {
        this.squeezed = squeezed;
        this.mode = mode;
    }

    static Outline split(TextCleaner.CleanText text) {
        for (Mode mode : Mode.values()) {
            TaskSplitter s = new TaskSplitter(text.squeezed(), mode);
            for (CleanLine line : text.lines()) {
                s.accept(line);
            }
            s.close();
            if (s.lastTask > 0 || mode == Mode.SECTIONS) {
                if (mode != Mode.ARABIC && s.lastTask > 0) {
                    s.notes.add(new ReviewLine(null, 1, mode == Mode.SUB_SECTIONS ? "（一）" : "一、",
                            "文件没有阿拉伯数字编号的任务，按“" + (mode == Mode.SUB_SECTIONS ? "（一）" : "一、")
                                    + "”标题作为任务，按全文顺序编号"));
                }
                return new Outline(List.copyOf(s.blocks), List.copyOf(s.notes));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private void accept(CleanLine line) {
        Snippet content = line.content();
        if (content.isEmpty()) {
            return;
        }
        String c = content.text();
        if (FOOTER.matcher(c).matches()) {
            open(Kind.OTHER, 0, "", line.number());
            append(content, false);
            return;
        }
        if (chineseTaskStart(content, line)) {
            return;
        }
        Matcher sec = SECTION.matcher(c);
        if (sec.find()) {
            String title = c.substring(sec.end());
            int glued = gluedTaskStart(c, sec.end());
            if (glued > 0) {
                title = c.substring(sec.end(), glued);
            }
            openSection(title.strip(), line.number());
            if (glued > 0) {
                acceptTaskStart(content.from(glued), line, Style.DOT);
            }
            return;
        }
        if (standaloneHeading(c)) {
            if (REVIEW_WORDS.matcher(c).find()) {
                open(Kind.REVIEW, 0, c, line.number());
                return;
            }
            if (GOALS_WORDS.matcher(c).find()) {
                open(Kind.GOALS, 0, c, line.number());
                return;
            }
            if (kind == Kind.REVIEW && PLAN_WORDS.matcher(c).find()) {
                open(Kind.OTHER, 0, c, line.number());
                section = c;
                return;
            }
        }
        if (acceptTaskStart(content, line, null)) {
            return;
        }
        // a task glued after the closing bracket of the previous one: "…（牵头单位：…）2.…"
        int glued = gluedTaskStart(c, 0);
        if (glued > 0 && glued < c.length() && kind == Kind.TASK) {
            append(content.subSequence(0, glued), line.bullet());
            acceptTaskStart(content.from(glued), line, null);
            return;
        }
        append(content, line.bullet());
    }

    /** In a document without "1." tasks, opens a task at a "（一）" (or "一、") heading. */
    private boolean chineseTaskStart(Snippet content, CleanLine line) {
        Pattern p = mode == Mode.SUB_SECTIONS ? SUB_SECTION : mode == Mode.SECTIONS ? TOP_SECTION : null;
        if (p == null) {
            return false;
        }
        Matcher m = p.matcher(content.text());
        if (!m.find()) {
            return false;
        }
        String rest = content.text().substring(m.end());
        if (REVIEW_WORDS.matcher(rest).find() || GOALS_WORDS.matcher(rest).find()) {
            return false; // still a review or a main-targets block
        }
        int stop = indexOfAny(rest, "。；;，,");
        open(Kind.TASK, ++lastTask, stop < 0 ? rest : rest.substring(0, stop), line.number());
        append(content.from(m.end()), false);
        return true;
    }

    /** Opens a task when {@code content} starts with the expected task number; false if it does not. */
    private boolean acceptTaskStart(Snippet content, CleanLine line, Style forced) {
        String c = content.text();
        Style found = null;
        Matcher m = DOT_TASK.matcher(c);
        if (m.find()) {
            found = Style.DOT;
        } else if ((m = PAREN_TASK.matcher(c)).find()) {
            found = Style.PAREN;
        } else if (line.numberThenSpace() && (m = SPACE_TASK.matcher(c)).find()) {
            found = Style.SPACE;
        }
        if (found == null || (style != null && found != style && forced == null)) {
            return false;
        }
        if (mode != Mode.ARABIC) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        if (n == 1 && lastNumber > 1 && sectionJustOpened) {
            // numbering starts again in each section: task numbers run on so that ids stay unique
            offset = lastTask;
            lastNumber = 0;
            notes.add(new ReviewLine(offset + 1, line.number(), c.substring(0, Math.min(30, c.length())),
                    "任务编号在本部分重新从1开始，目标的任务号按全文顺序连续编排（本部分第1项为第" + (offset + 1) + "项）"));
        }
        if (n <= lastNumber || n > lastNumber + 3 || (lastNumber == 0 && n != 1 && style == null)) {
            return false;
        }
        if (n != lastNumber + 1) {
            notes.add(new ReviewLine(offset + n, line.number(), c.substring(0, Math.min(30, c.length())),
                    "任务编号跳号：上一个是 " + lastNumber + "，这里是 " + n + "，请核对是否漏了任务"));
        }
        style = style == null ? found : style;
        lastNumber = n;
        lastTask = offset + n;
        n = lastTask;
        Snippet rest = content.from(m.end());
        String title;
        if (found == Style.SPACE) {
            title = rest.text();
        } else {
            // "搭建创新平台。推动…", "围绕打造…集群目标,实施…": the title ends at the first stop or comma
            int stop = indexOfAny(rest.text(), "。；;，,");
            title = stop < 0 ? rest.text() : rest.text().substring(0, stop);
        }
        open(Kind.TASK, n, title, line.number());
        append(rest, false);
        if (found == Style.SPACE) {
            // a title line of its own: what follows is a new sentence
            parts.add(Snippet.boundary(squeezed, line.number()));
        }
        return true;
    }

    /** Index of the expected next task number inside {@code c} (after {@code from}), or -1. */
    private int gluedTaskStart(String c, int from) {
        Pattern p = Pattern.compile("(?<![\\d.．])" + (lastNumber + 1) + "[.．、](?=[\\p{IsHan}“\"])");
        Matcher m = p.matcher(c);
        while (m.find()) {
            if (m.start() < from) {
                continue;
            }
            boolean afterSectionTitle = from > 0;
            boolean afterBracket = m.start() > 0 && "）)".indexOf(c.charAt(m.start() - 1)) >= 0;
            if (afterSectionTitle || afterBracket) {
                return m.start();
            }
        }
        return -1;
    }

    /**
     * A short line without punctuation, standing where a sentence has just ended: a layout heading
     * such as "2023年 工作回顾" or "经济社会主要预期目标".
     */
    private boolean standaloneHeading(String c) {
        if (c.length() > 24 || HEADING_PUNCT.matcher(c).find()) {
            return false;
        }
        String body = currentText().strip();
        return body.isEmpty() || "。）)！？”\"".indexOf(body.charAt(body.length() - 1)) >= 0
                || kind != Kind.TASK;
    }

    private void openSection(String title, int line) {
        sectionJustOpened = true;
        if (REVIEW_WORDS.matcher(title).find()) {
            open(Kind.REVIEW, 0, title, line);
        } else if (GOALS_WORDS.matcher(title).find()) {
            open(Kind.GOALS, 0, title, line);
        } else {
            open(Kind.OTHER, 0, title, line);
        }
        section = title;
    }

    private void open(Kind k, int n, String title, int line) {
        close();
        kind = k;
        task = n;
        heading = title;
        headingLine = line;
    }

    private void append(Snippet s, boolean bullet) {
        sectionJustOpened = false;
        if (bullet && !parts.isEmpty()) {
            parts.add(Snippet.boundary(squeezed, s.line(0)));
        }
        parts.add(s);
    }

    private String currentText() {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    private void close() {
        if (kind != Kind.OTHER || !parts.isEmpty()) {
            blocks.add(new Block(kind, task, heading, section, Snippet.concat(squeezed, parts), headingLine));
        }
        parts = new ArrayList<>();
        kind = Kind.OTHER;
        task = 0;
        heading = "";
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
