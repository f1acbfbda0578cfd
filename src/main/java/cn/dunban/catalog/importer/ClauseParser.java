package cn.dunban.catalog.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Strength;
import cn.dunban.catalog.importer.ClauseSplitter.Clause;
import cn.dunban.catalog.importer.DeadlineParser.TimeWord;
import cn.dunban.catalog.importer.QuantityJudge.Verdict;
import cn.dunban.catalog.importer.QuantityScanner.Quantity;

/**
 * Drafts the targets of one task's text, clause by clause (catalog guide, "Rules for targets"):
 * one target per number that commits to an amount; per 清零/全面消除/不发生 clause; per commitment whose
 * value is set elsewhere (省定, 下达, 完成…任务); and per dated event (a time word with 建成, 投产, 获批 …).
 * Undated actions without a number are not targets. Numbers that are not commitments go to the review
 * list with the reason.
 */
final class ClauseParser {

    /** A target before it gets its id and its task's units. */
    record Draft(int position, String text, String indicator, Comparator comparator, Double value, Double valueMax,
                 String unit, Measure measure, LocalDate deadline, Strength strength) {
    }

    record Parsed(List<Draft> drafts, List<ReviewLine> review) {
    }

    private static final Pattern ZERO = Pattern.compile("清零|全面消除|稳定消除|不发生|零发生");
    /** A value fixed by a higher level: 省定目标, 省下达的任务, 下达的指标, 国家、省控制要求. */
    private static final Pattern SET_ABOVE = Pattern.compile(
            "(省定|省下达的|省下达|上级下达的|上级下达|市下达的|市下达|下达的|下达|国家、省|国家和省|省控制)([^，,。；]*?)(任务目标|任务|目标|指标|要求)");
    /** "完成…建设任务": a task whose amount the document does not state. */
    private static final Pattern TASK_TO_FINISH = Pattern.compile(
            "完成([^，,。；]*?(?:建设|治理|整改|压减|削减|保护|改善|降低|减排|改造|收储|储备))(任务|目标)");
    private static final Pattern UPPER_BOUND = Pattern.compile("控制在|不超过|以内|之内");
    /** With an explicit time word in the clause, any of these makes it a dated commitment. */
    private static final Pattern EVENT = Pattern.compile(
            "建成|投产|获批|通航|开工|竣工|完工|完成|上线|运营|运行|挂牌|开通|启用|并网|试航|下线|开业|通车|贯通|验收|出台|印发|"
                    + "编制|交付|入驻|揭牌|落地|签约|实现|打造|创建|成立|组建|上市|股改|达产|满产|应用|发布|制定|启动|建立|获评|入选");
    /** A time word carried from an earlier clause of the sentence only dates these unmistakable events. */
    private static final Pattern STRONG_EVENT = Pattern.compile(
            "建成|投产|获批|通航|开工|竣工|完工|上线|挂牌|开通|启用|并网|试航|下线|开业|通车|贯通|验收|出台|印发|揭牌|上市|股改|达产|满产|完成");
    private static final Pattern CHINESE_AMOUNT = Pattern.compile("(?:创|突破|达到|超过|实现)[一二两三四五六七八九十百千]+[万亿]");
    private static final Pattern FRACTION = Pattern.compile("\\d+/\\d+");
    /** Words a clause may hold besides a time word and still be only a time phrase ("到2025年"). */
    private static final Pattern TIME_ONLY_FILLER = Pattern.compile("^(?:到|在|于|截至|截止|至|从|自)?$");

    private final ClauseSplitter splitter = new ClauseSplitter();
    private final QuantityScanner scanner = new QuantityScanner();
    private final QuantityJudge judge = new QuantityJudge();
    private final ComparatorReader comparators = new ComparatorReader();
    private final StrengthReader strengths = new StrengthReader();
    private final MeasureReader measures = new MeasureReader();
    private final IndicatorNamer namer = new IndicatorNamer();
    private final DeadlineParser deadlines;

    ClauseParser(int year) {
        this.deadlines = new DeadlineParser(year);
    }

    Parsed parse(Snippet body, Integer task) {
        List<Draft> drafts = new ArrayList<>();
        List<ReviewLine> review = new ArrayList<>();
        int sentence = -1;
        TimeWord sentenceTime = null;
        TimeWord lastExplicit = null;
        boolean reward = false;
        for (Clause clause : splitter.split(body.text())) {
            if (clause.sentence() != sentence) {
                sentence = clause.sentence();
                sentenceTime = null;
                lastExplicit = null;
                reward = false;
            }
            String text = clause.text();
            List<TimeWord> words = deadlines.find(text);
            if (!words.isEmpty() && timeOnly(text, words)) {
                sentenceTime = words.get(words.size() - 1);
                lastExplicit = sentenceTime;
                continue;
            }
            Snippet piece = body.subSequence(clause.start(), clause.end());
            List<Quantity> targets = new ArrayList<>();
            List<String> units = new ArrayList<>();
            int prevTail = 0;
            for (Quantity q : scanner.scan(text)) {
                Verdict v = judge.judge(clause, q, itemStart(clause, prevTail, q.start()), reward);
                if (v.target()) {
                    targets.add(q);
                    units.add(v.unit());
                    prevTail = q.end() + ComparatorReader.suffixLength(text.substring(q.end()));
                    if (q.magnitudeOnly()) {
                        review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(),
                                "数字后省略了单位，按金额补作“" + v.unit() + "”，请核对"));
                    }
                } else {
                    review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(),
                            v.reason() + "：" + text.substring(q.start(), q.end())));
                }
            }
            if (text.contains("奖励")) {
                reward = true;
            }
            TimeWord fallback = sentenceTime;
            if (!targets.isEmpty()) {
                drafts.addAll(quantityTargets(piece, clause, targets, units, words, fallback));
            } else {
                Draft d = otherTarget(piece, clause, words, lastExplicit);
                if (d != null) {
                    drafts.add(d);
                } else {
                    drafts.addAll(setAbove(piece, clause, words, fallback));
                }
            }
            if (!words.isEmpty()) {
                lastExplicit = words.get(words.size() - 1);
            }
            noteUnreadNumbers(piece, clause, task, review);
        }
        drafts.sort(java.util.Comparator.comparingInt(Draft::position));
        return new Parsed(drafts, review);
    }

    /**
     * The start of the 、-item a quantity at {@code at} belongs to. The first target's item starts with
     * the clause: a 、 before it joins nouns ("单项冠军、专精特新、瞪羚企业100家"), not items. A later
     * target's item starts after the first 、 that follows the previous target.
     */
    private static int itemStart(Clause clause, int prevTail, int at) {
        if (prevTail == 0) {
            return 0;
        }
        int sep = separator(clause, prevTail, at);
        return sep >= 0 ? sep + 1 : prevTail;
    }

    /** The first 、 in {@code [from, to)} outside quotes and brackets, or -1. */
    private static int separator(Clause clause, int from, int to) {
        String text = clause.text();
        int depth = 0;
        for (int i = 0; i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (c == '、' && i >= from && depth == 0 && !clause.isQuoted(i)) {
                return i;
            }
        }
        return -1;
    }

    private List<Draft> quantityTargets(Snippet piece, Clause clause, List<Quantity> qs, List<String> units,
                                        List<TimeWord> words, TimeWord fallback) {
        String text = clause.text();
        int n = qs.size();
        int[] from = new int[n];
        int[] to = new int[n];
        // items are split at 、 between two targets; two targets with no 、 between them share the clause
        boolean allAlone = true;
        int prevTail = 0;
        for (int i = 0; i < n; i++) {
            Quantity q = qs.get(i);
            from[i] = itemStart(clause, prevTail, q.start());
            if (i > 0 && from[i] == prevTail) {
                allAlone = false;
            }
            prevTail = q.end() + ComparatorReader.suffixLength(text.substring(q.end()));
            to[i] = text.length();
            if (i + 1 < n) {
                int sep = separator(clause, prevTail, qs.get(i + 1).start());
                if (sep >= 0) {
                    to[i] = sep;
                }
            }
        }
        // an item without its own subject ("增长20%以上", "3.6万户") does not read alone: then every
        // target of the clause quotes the whole clause (catalog guide)
        for (int i = 0; i < n; i++) {
            String before = text.substring(from[i], qs.get(i).start());
            String after = text.substring(qs.get(i).end(), to[i]);
            if (!readsAlone(before, after)) {
                allAlone = false;
            }
        }
        List<Draft> out = new ArrayList<>();
        String subject = null;
        for (int i = 0; i < n; i++) {
            Quantity q = qs.get(i);
            String before = text.substring(from[i], q.start());
            String rest = text.substring(q.end());
            int suffix = ComparatorReader.suffixLength(rest);
            Comparator cmp = comparators.read(before, rest, q.isRange());
            TimeWord tw = DeadlineParser.governing(words, q.start());
            LocalDate deadline = tw != null ? tw.date() : fallback != null ? fallback.date() : deadlines.yearEnd();
            Strength strength = strengths.read(text, q.start());
            if (strength == Strength.PLAIN && (before.endsWith("不低于") || before.endsWith("控制在"))) {
                strength = Strength.BINDING;
            }
            String unit = units.get(i);
            Measure measure = measures.read(cmp, unit, before);
            String itemAfter = text.substring(Math.min(text.length(), q.end() + suffix), to[i]);
            String indicator = namer.name(before, itemAfter, subject);
            String own = namer.subject(before);
            if (!own.isEmpty() && !IndicatorNamer.isChangeOnly(own)) {
                subject = own;
            }
            String quote = allAlone ? piece.subSequence(from[i], to[i]).strip().verbatim() : piece.strip().verbatim();
            out.add(new Draft(clause.start() + q.start(), quote, indicator, cmp, q.value(), q.valueMax(), unit,
                    measure, deadline, strength));
        }
        return out;
    }

    private boolean readsAlone(String before, String after) {
        String subject = namer.subject(before);
        if (subject.length() >= 2 && !subject.matches("总量|规模|总数|其中|总计|合计|累计")) {
            return true;
        }
        // "培育5家省级…中心": the noun follows the number
        String rest = after.substring(ComparatorReader.suffixLength(after));
        return !rest.isEmpty() && "、，,。；;\n".indexOf(rest.charAt(0)) < 0;
    }

    /** A 清零 clause or a dated event in a clause without a committed number; null if neither. */
    private Draft otherTarget(Snippet piece, Clause clause, List<TimeWord> words, TimeWord carried) {
        String text = clause.text();
        Matcher z = ZERO.matcher(text);
        while (z.find()) {
            if (!clause.isQuoted(z.start()) || emphasis(text, z.start(), z.end())) {
                TimeWord tw = DeadlineParser.governing(words, z.start());
                return new Draft(clause.start(), piece.strip().verbatim(), eventName(text), Comparator.ZERO, 0.0, null,
                        null, Measure.EVENT, tw != null ? tw.date() : deadlines.yearEnd(), strengths.read(text, z.start()));
            }
        }
        List<TimeWord> explicit = words.stream().filter(DeadlineParser::datesAnEvent).toList();
        if (!explicit.isEmpty()) {
            TimeWord tw = explicit.get(0);
            Matcher e = EVENT.matcher(text);
            if (e.find(tw.start()) && !clause.isQuoted(e.start())) {
                return milestone(piece, clause, tw);
            }
        } else if (carried != null && DeadlineParser.datesAnEvent(carried)) {
            Matcher e = STRONG_EVENT.matcher(text);
            if (e.find() && !clause.isQuoted(e.start()) && !SET_ABOVE.matcher(text).find()) {
                return milestone(piece, clause, carried);
            }
        }
        return null;
    }

    /** "“清零”": quotes around the word alone mark emphasis, not a name. */
    private static boolean emphasis(String text, int start, int end) {
        return start > 0 && end < text.length() && "“\"「".indexOf(text.charAt(start - 1)) >= 0
                && "”\"」".indexOf(text.charAt(end)) >= 0;
    }

    private Draft milestone(Snippet piece, Clause clause, TimeWord tw) {
        String text = clause.text();
        return new Draft(clause.start(), piece.strip().verbatim(), eventName(text), Comparator.MILESTONE, null, null,
                null, Measure.EVENT, tw.date(), strengths.read(text, text.length()));
    }

    /** Targets whose value another level sets: no value, GE (LE for 控制在…之内). */
    private List<Draft> setAbove(Snippet piece, Clause clause, List<TimeWord> words, TimeWord fallback) {
        String text = clause.text();
        Matcher a = SET_ABOVE.matcher(text);
        Matcher b = TASK_TO_FINISH.matcher(text);
        boolean above = a.find() && !clause.isQuoted(a.start());
        boolean finish = !above && b.find() && !clause.isQuoted(b.start()) && !b.group(1).contains("各项");
        if (!above && !finish) {
            return List.of();
        }
        int at = above ? a.start() : b.start();
        Comparator cmp = UPPER_BOUND.matcher(text).find() ? Comparator.LE : Comparator.GE;
        TimeWord tw = DeadlineParser.governing(words, at);
        LocalDate deadline = tw != null ? tw.date() : fallback != null ? fallback.date() : deadlines.yearEnd();
        Strength strength = strengths.read(text, at);
        String quote = piece.strip().verbatim();
        List<String> names = new ArrayList<>();
        String object = above ? a.group(2) : b.group(1);
        if (above && object.contains("和") && object.length() > 4) {
            // "省定能耗强度降低和煤炭消费压减任务": two assignments arrive, one per indicator
            for (String part : object.split("和")) {
                names.add(clean(part) + "任务");
            }
        } else {
            String subject = clean(text.substring(0, at).replaceAll("(?:全面|超额|顺利|高标准|确保|在|完成|控制在|达到|超额完成)+$", ""));
            String name = clean(object);
            names.add(!subject.isEmpty() && subject.length() >= 2 && (name.isEmpty() || !above) && !finish
                    ? subject : name.isEmpty() ? subject : name + (above ? a.group(3) : b.group(2)));
        }
        List<Draft> out = new ArrayList<>();
        for (String name : names) {
            out.add(new Draft(clause.start() + at, quote, name, cmp, null, null, null,
                    cmp == Comparator.LE ? Measure.LEVEL : Measure.CUMULATIVE, deadline, strength));
        }
        return out;
    }

    private static String clean(String s) {
        return s.replaceAll("^(?:的|在|确保|全面|高标准|圆满|完成)+", "").replaceAll("的$", "").strip();
    }

    private String eventName(String text) {
        String s = text.replaceAll("^(?:力争|争取|确保|力促|推动|全力|积极|加快|年内|年底前|年底|上半年|下半年|\\d{1,2}月底前|实现|坚决|守住)+", "");
        return s.length() > 24 ? s.substring(0, 24) : s;
    }

    private static boolean timeOnly(String text, List<TimeWord> words) {
        StringBuilder rest = new StringBuilder(text);
        for (int i = words.size() - 1; i >= 0; i--) {
            rest.delete(words.get(i).start(), words.get(i).end());
        }
        return TIME_ONLY_FILLER.matcher(rest.toString()).matches();
    }

    /** Amounts the scanner cannot read, flagged for a person: "营收创千亿", "不低于1/3的村". */
    private static void noteUnreadNumbers(Snippet piece, Clause clause, Integer task, List<ReviewLine> review) {
        String text = clause.text();
        Matcher c = CHINESE_AMOUNT.matcher(text);
        if (c.find() && !clause.isQuoted(c.start())) {
            review.add(new ReviewLine(task, piece.line(c.start()), piece.verbatim(),
                    "中文数字写的数量（" + c.group() + "），未解析，请核对是否为目标"));
        }
        Matcher f = FRACTION.matcher(text);
        if (f.find() && !clause.isQuoted(f.start())) {
            review.add(new ReviewLine(task, piece.line(f.start()), piece.verbatim(),
                    "分数写的比例（" + f.group() + "），未解析，请核对是否为目标"));
        }
    }
}
