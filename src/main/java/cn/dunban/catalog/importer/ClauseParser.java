package cn.dunban.catalog.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import cn.dunban.catalog.importer.QuantityScanner.Form;
import cn.dunban.catalog.importer.QuantityScanner.Quantity;

/**
 * Drafts the targets of one task's text, clause by clause (catalog guide, "Rules for targets"): one
 * target per number that commits to an amount; for a clause without one, the valueless targets
 * {@link ValuelessTargets} finds (清零, values set elsewhere, dated events). Numbers that are not
 * commitments go to the review list with the reason.
 */
final class ClauseParser {

    /** A target before it gets its id and its task's units. */
    record Draft(int position, String text, String indicator, Comparator comparator, Double value, Double valueMax,
                 String unit, Measure measure, LocalDate deadline, Strength strength) {
    }

    record Parsed(List<Draft> drafts, List<ReviewLine> review) {
    }

    /** Words a clause may hold besides a time word and still be only a time phrase ("到2025年"). */
    private static final Pattern TIME_ONLY_FILLER = Pattern.compile("^(?:到|在|于|截至|截止|至|从|自)?$");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:力争|争取|确保|实现|推动|新增|新建|创建|建设|打造|培育|完成|建成)+");

    /** Verbs that make a clause a piece of work of its own rather than a further figure of the last one. */
    private static final Pattern OWN_WORK = Pattern.compile(
            "新增|新建|新培育|培育|实施|完成|引进|引育|改造|发放|开通|入库|签约|落地|举办|开展|创建|打造|建设|建成|治理|"
                    + "培训|招引|评选|选树|拜访|修复|关停|认定|推荐|推动|开发|安装|配备|招聘|放映|整合|交流|选派|吸引|创作|"
                    + "盘活|验收|恢复|组织|推进|承接|共建|布局|发展|提升|开工");

    /** A count written in Chinese numerals after a verb of work: "新建院士工作站两家" is not read, only flagged. */
    private static final Pattern CHINESE_COUNT = Pattern.compile(
            "(?:新增|新建|培育|打造|创建|建成|实施|完成|引进|建设)[^，,。；、]{0,12}?[两三四五六七八九十]+[个家项所座条处名人]");

    private final ClauseSplitter splitter = new ClauseSplitter();
    private final QuantityScanner scanner = new QuantityScanner();
    private final QuantityJudge judge = new QuantityJudge();
    private final ComparatorReader comparators = new ComparatorReader();
    private final StrengthReader strengths = new StrengthReader();
    private final MeasureReader measures = new MeasureReader();
    private final IndicatorNamer namer = new IndicatorNamer();
    private final DeadlineParser deadlines;
    private final ValuelessTargets valueless;

    ClauseParser(int year) {
        this.deadlines = new DeadlineParser(year);
        this.valueless = new ValuelessTargets(deadlines);
    }

    /** A quantity judged a target, with the unit and comparator the judge settled. */
    private record Committed(Quantity q, String unit, Comparator comparator) {
    }

    /**
     * What earlier clauses of the sentence hand on to later ones: "到2025年，…" dates the rest;
     * "地区生产总值增长5.5%以上，力争突破6000亿元" lends its subject; "年内力争A完成股改，B实现挂牌" lends
     * its time and resolve to a further event; "力争…突破10万亩，服务农户超过2万户" its resolve to a
     * further figure; "分别奖励50万元，15—30亩…指标" marks what follows as rewards.
     */
    private static final class Sentence {
        int index = -1;
        int start;
        String subject;
        TimeWord opening;
        TimeWord lastTimeWord;
        Strength eventStrength;
        Strength figureStrength;
        boolean reward;

        void begin(int index, int start) {
            this.index = index;
            this.start = start;
            subject = null;
            opening = null;
            lastTimeWord = null;
            eventStrength = null;
            figureStrength = null;
            reward = false;
        }
    }

    Parsed parse(Snippet body, Integer task) {
        List<Draft> drafts = new ArrayList<>();
        List<ReviewLine> review = new ArrayList<>();
        Sentence sentence = new Sentence();
        for (Clause clause : splitter.split(body.text())) {
            if (clause.sentence() != sentence.index) {
                sentence.begin(clause.sentence(), clause.start());
            }
            String text = clause.text();
            List<TimeWord> words = deadlines.find(text);
            if (!words.isEmpty() && timeOnly(text, words)) {
                sentence.opening = words.get(words.size() - 1);
                sentence.lastTimeWord = sentence.opening;
                continue;
            }
            Snippet piece = body.subSequence(clause.start(), clause.end());
            String sentenceBefore = body.text().substring(sentence.start, clause.start());
            List<Committed> committed = new ArrayList<>();
            int prevTail = 0;
            for (Quantity q : scanner.scan(text)) {
                Verdict v = judge.judge(clause, q, itemStart(clause, prevTail, q.start()), sentenceBefore, sentence.reward);
                String number = text.substring(q.start(), q.end());
                if (!v.target()) {
                    review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(), v.reason() + "：" + number));
                    continue;
                }
                committed.add(new Committed(q, v.unit(), v.comparator()));
                prevTail = q.end() + ComparatorReader.suffixLength(text.substring(q.end()));
                note(q, v, number, task, piece, review);
            }
            Matcher chinese = CHINESE_COUNT.matcher(text);
            if (committed.isEmpty() && chinese.find() && !clause.isQuoted(chinese.end() - 1)) {
                review.add(new ReviewLine(task, piece.line(chinese.start()), piece.verbatim(),
                        "中文数字写的数量，未解析，请核对是否为目标：" + chinese.group()));
            }
            sentence.reward |= text.contains("奖励");
            Strength own = strengths.read(text, text.length());
            if (!committed.isEmpty()) {
                drafts.addAll(quantityTargets(piece, clause, committed, words, sentence));
                boolean continuing = parallel(text, committed.get(0).q());
                sentence.figureStrength = own != Strength.PLAIN ? own : continuing ? sentence.figureStrength : null;
                if (sentence.subject == null) {
                    sentence.subject = subjectOf(text, committed.get(0).q());
                }
            } else {
                drafts.addAll(valueless.find(piece, clause, words, sentence.lastTimeWord, sentence.opening,
                        sentence.eventStrength));
            }
            if (!words.isEmpty()) {
                sentence.lastTimeWord = words.get(words.size() - 1);
                sentence.eventStrength = own == Strength.PLAIN ? null : own;
            }
        }
        drafts.sort(java.util.Comparator.comparingInt(Draft::position));
        return new Parsed(drafts, review);
    }

    /** Review notes for targets the importer had to complete: a unit understood, a unit it cannot read. */
    private static void note(Quantity q, Verdict v, String number, Integer task, Snippet piece, List<ReviewLine> review) {
        if (q.magnitudeOnly()) {
            review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(),
                    "“" + number + "”省略了单位，按金额补作“" + v.unit() + "”，请核对"));
        } else if (q.form() == Form.COMPOUND_UNIT) {
            review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(),
                    "单位“" + q.unit() + "”无法解析，目标的单位留空，请核对"));
        } else if (q.form() == Form.FRACTION) {
            review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(),
                    "分数“" + number + "”按百分比取两位小数（下限向下取、上限向上取），请核对"));
        } else if (q.form() == Form.BARE_RANK) {
            review.add(new ReviewLine(task, piece.line(q.start()), piece.verbatim(),
                    "名次“" + number + "”未写单位，按“名”计，请核对"));
        }
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

    private List<Draft> quantityTargets(Snippet piece, Clause clause, List<Committed> cs, List<TimeWord> words,
                                        Sentence sentence) {
        String text = clause.text();
        int n = cs.size();
        int[] from = new int[n];
        int[] to = new int[n];
        // items are split at 、 between two targets; two targets with no 、 between them share the clause
        boolean allAlone = true;
        int prevTail = 0;
        for (int i = 0; i < n; i++) {
            Quantity q = cs.get(i).q();
            from[i] = itemStart(clause, prevTail, q.start());
            if (i > 0 && from[i] == prevTail) {
                allAlone = false;
            }
            prevTail = q.end() + ComparatorReader.suffixLength(text.substring(q.end()));
            to[i] = text.length();
            if (i + 1 < n) {
                int sep = separator(clause, prevTail, cs.get(i + 1).q().start());
                if (sep >= 0) {
                    to[i] = sep;
                }
            }
        }
        // an item without its own subject ("增长20%以上", "3.6万户") does not read alone: then every
        // target of the clause quotes the whole clause (catalog guide)
        for (int i = 0; i < n; i++) {
            Quantity q = cs.get(i).q();
            if (!readsAlone(text.substring(from[i], q.start()), text.substring(q.end(), to[i]))) {
                allAlone = false;
            }
        }
        List<Draft> out = new ArrayList<>();
        String subject = sentence.subject;
        for (int i = 0; i < n; i++) {
            Committed c = cs.get(i);
            Quantity q = c.q();
            String before = text.substring(from[i], q.start());
            String rest = text.substring(q.end());
            int suffix = ComparatorReader.suffixLength(rest);
            Comparator cmp = c.comparator() != null && ComparatorReader.suffix(rest) == null
                    ? c.comparator() : comparators.read(before, rest, q.isRange());
            TimeWord tw = DeadlineParser.governing(words, q.start());
            LocalDate deadline = tw != null ? tw.date()
                    : sentence.opening != null ? sentence.opening.date() : deadlines.yearEnd();
            Strength strength = strengths.read(text, q.start());
            if (strength == Strength.PLAIN && sentence.figureStrength != null && parallel(text, cs.get(0).q())) {
                strength = sentence.figureStrength;
            }
            if (strength == Strength.PLAIN && (before.endsWith("不低于") || before.endsWith("不少于") || before.endsWith("控制在"))) {
                strength = Strength.BINDING;
            }
            String unit = c.unit();
            // the item's own words decide; the clause's verb governs a 、-list ("创建A80个、B24所")
            Measure measure = measures.read(cmp, unit, text.substring(0, from[i]) + before);
            String itemAfter = text.substring(Math.min(text.length(), q.end() + suffix), to[i]);
            String indicator = namer.name(before, itemAfter, subject);
            String own = namer.subject(before);
            if (!own.isEmpty() && !IndicatorNamer.isChangeOnly(own)) {
                subject = own;
            }
            String quote = allAlone ? piece.subSequence(from[i], to[i]).strip().verbatim() : piece.strip().verbatim();
            double value = q.form() == Form.FRACTION ? percent(q.value(), cmp) : q.value();
            int position = clause.start() + q.start();
            List<String> each = distributed(before, unit);
            if (each.size() > 1) {
                // "A、B、C各1家", "农用地、建设用地100%安全利用": one target per item listed
                for (String item : each) {
                    out.add(new Draft(position, piece.strip().verbatim(), item, cmp, value, q.valueMax(), unit,
                            measure, deadline, strength));
                }
                continue;
            }
            out.add(new Draft(position, quote, indicator, cmp, value, q.valueMax(), unit, measure, deadline, strength));
        }
        return out;
    }

    /**
     * The items a number applies to one by one: "创建A、B、C、D各1家" (各), or a list of indicators
     * written right before a share ("实现农用地、建设用地100%安全利用"). Empty when it is one target.
     */
    private static List<String> distributed(String before, String unit) {
        String list;
        if (before.endsWith("各")) {
            list = before.substring(0, before.length() - 1);
        } else if ("%".equals(unit) && before.contains("、") && before.matches(".*[\\p{IsHan}]")
                && ComparatorReader.prefixWord(before).isEmpty()) {
            list = before;
        } else {
            return List.of();
        }
        list = LEADING_VERB.matcher(list).replaceAll("");
        String[] parts = list.split("、");
        if (parts.length < 2) {
            return List.of();
        }
        for (String p : parts) {
            if (p.isBlank() || p.length() > 12 && !before.endsWith("各")) {
                return List.of();
            }
        }
        return List.of(parts);
    }

    /** A share written as a fraction, in % to two places, rounded so the bound stays as lenient as written. */
    private static double percent(double exact, Comparator cmp) {
        RoundingMode mode = switch (cmp) {
            case GE, GT -> RoundingMode.FLOOR;
            case LE, LT -> RoundingMode.CEILING;
            default -> RoundingMode.HALF_UP;
        };
        return BigDecimal.valueOf(exact).setScale(2, mode).doubleValue();
    }

    /** A clause that states no work of its own, only a further figure: "其中…", "B营收突破15亿元". */
    private static boolean parallel(String text, Quantity first) {
        String head = text.substring(0, first.start());
        return head.startsWith("其中") || !OWN_WORK.matcher(head).find();
    }

    private String subjectOf(String text, Quantity first) {
        String own = namer.subject(text.substring(0, first.start()));
        return own.length() >= 2 && !IndicatorNamer.isChangeOnly(own) ? own : null;
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

    private static boolean timeOnly(String text, List<TimeWord> words) {
        StringBuilder rest = new StringBuilder(text);
        for (int i = words.size() - 1; i >= 0; i--) {
            rest.delete(words.get(i).start(), words.get(i).end());
        }
        return TIME_ONLY_FILLER.matcher(rest.toString()).matches();
    }
}
