package cn.dunban.catalog.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Commitments;
import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Strength;
import cn.dunban.catalog.importer.ClauseParser.Draft;
import cn.dunban.catalog.importer.ClauseSplitter.Clause;
import cn.dunban.catalog.importer.DeadlineParser.TimeWord;

/**
 * Targets without a number of their own, in a clause that commits to no amount (catalog guide):
 * <ul>
 * <li>清零/全面消除/全面淘汰/不发生 → ZERO;</li>
 * <li>a comparison with a benchmark set elsewhere ("增速不低于经济增速", "增幅高于全市平均水平",
 *     "与上年度相比进一步缩小") → that comparator, no value;</li>
 * <li>a value another level sets ("完成省定…任务", "控制在下达的…指标之内", "完成年度投资计划") → GE
 *     (LE for an upper bound), no value; one target per indicator listed;</li>
 * <li>a water-quality class ("达到地表Ⅲ类水标准") → LE the class;</li>
 * <li>a dated event ("年内建成…", "6月底前…获批") or a named work to be finished in full
 *     ("全面完成“两清零一提标”") → MILESTONE.</li>
 * </ul>
 */
final class ValuelessTargets {

    private static final Pattern ZERO = Pattern.compile("清零|全面消除|稳定消除|全面淘汰|不发生|零发生");
    /** "加快…清零" speeds work up; it does not commit to the result. */
    private static final Pattern HURRY = Pattern.compile("^(?:加快|加速|加紧)");
    /** A benchmark comparison: "贷款增幅高于制造业贷款增幅", "增速不低于经济增速", "与经济增长同步". */
    private static final Pattern RELATIVE = Pattern.compile(
            "(不低于|不高于|高于|快于|低于|慢于)[^，,。；]{0,12}?(增幅|增速|增长|平均水平|水平)"
                    + "|(与上年度?|与去年|与同期)相比[^，,。；]{0,4}?(缩小|下降|降低|减少|提高|提升|扩大|增加)"
                    + "|与[^，,。；]{0,10}?(?:增长|增速|增幅)(?:基本|大体)?(同步)");
    /**
     * A benchmark comparison is a commitment when the clause commits ("确保…高于…") or the sentence is
     * dated ("2023年，…高于全市平均水平"); plain description ("路网密度高于全省平均水平") is not.
     */
    private static final Pattern COMMITTING = Pattern.compile("确保|力争|争取|必须");
    /** "保二争一": keep second place, strive for first — two rank targets. */
    private static final Pattern KEEP_STRIVE = Pattern.compile("保([一二三四五六七八九十])争([一二三四五六七八九十])");
    /** A value fixed by a higher level: 省定目标, 省下达的任务, 下达的指标, 国家、省控制要求. */
    private static final Pattern SET_ABOVE = Pattern.compile(
            "(省定|省下达的|省下达|上级下达的|上级下达|市下达的|市下达|下达的|下达|国家、省|国家和省|省控制)([^，,。；]*)(任务目标|任务|目标|指标|要求)");
    /** "完成…建设任务", "完成年度投资计划": the document does not state the amount. */
    private static final Pattern TASK_TO_FINISH = Pattern.compile(
            "完成([^，,。；]*?(?:建设|治理|整改|压减|削减|保护|改善|降低|减排|改造|收储|储备)(?:任务|目标)|[^，,。；]*?(?:年度投资计划|投资计划|年度计划))");
    private static final Pattern UPPER_BOUND = Pattern.compile("控制在|不超过|以内|之内");
    /** Indicators where less is better: their "完成目标" is an upper bound. */
    private static final Pattern LESS_IS_BETTER = Pattern.compile("浓度|天数|排放|能耗|煤耗|用水|事故|不良|死亡|污染|发生率|强度");
    /** "能耗强度降低任务" is an amount of reduction: more is better again. */
    private static final Pattern REDUCTION = Pattern.compile("降低|压减|下降|减少|削减");
    private static final Pattern WATER_CLASS = Pattern.compile("达到(?:地表)?(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|IV|V|I{1,3})类(?:水)?(?:标准|水质)");
    /** Finishing a named work in full: dated by the document's year. */
    private static final Pattern FINISH_IN_FULL = Pattern.compile("^(?:确保|力争)?全面完成");
    /** With an explicit time word in the clause, any of these makes it a dated commitment. */
    private static final Pattern EVENT = Pattern.compile(
            "建成|投产|获批|通航|开工|竣工|完工|完成|上线|运营|运行|挂牌|开通|启用|并网|试航|下线|开业|通车|贯通|验收|出台|印发|"
                    + "编制|交付|入驻|揭牌|落地|签约|实现|打造|创建|成立|组建|上市|股改|达产|满产|应用|发布|制定|启动|建立|获评|入选");
    /** A time word carried from an earlier clause of the sentence only dates these unmistakable events. */
    private static final Pattern STRONG_EVENT = Pattern.compile(
            "建成|投产|获批|通航|开工|竣工|完工|上线|挂牌|开通|启用|并网|试航|下线|开业|通车|贯通|验收|出台|印发|揭牌|上市|股改|达产|满产|完成|全覆盖");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:力争|争取|确保|力促|推动|全力|积极|加快|年内|年底前|年底|上半年|下半年|\\d{1,2}月底前|实现|坚决|守住|保持|全面|持续|在|对)+");
    private static final Pattern NOT_A_NOUN_LIST = Pattern.compile("改|治理|整治|推进|加快|实施|建设");

    private static final Pattern ASSISTS = Pattern.compile("^(?:积极)?配合");
    private static final Pattern RANK_NUMBER = Pattern.compile("前(\\d+|[一二三四五六七八九十])");

    private final DeadlineParser deadlines;
    private final StrengthReader strengths = new StrengthReader();

    ValuelessTargets(DeadlineParser deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * The valueless targets of a clause that has no committed number.
     *
     * @param carried the last explicit time word of an earlier clause in the sentence, or null
     * @param opening a time-only clause that opened the sentence ("2023年，…"), or null
     */
    List<Draft> find(Snippet piece, Clause clause, List<TimeWord> words, TimeWord carried, TimeWord opening,
                     Strength carriedStrength) {
        String text = clause.text();
        String quote = piece.strip().verbatim();
        LocalDate deadline = deadline(words, opening);

        Matcher z = ZERO.matcher(text);
        while (z.find()) {
            if ((!clause.isQuoted(z.start()) || emphasis(text, z.start(), z.end())) && !HURRY.matcher(text).find()) {
                Strength s = strengths.read(text, z.start());
                List<Draft> out = new ArrayList<>();
                for (String name : subjects(text.substring(0, z.start()))) {
                    out.add(draft(clause, quote, name.isEmpty() ? eventName(text) : name, Comparator.ZERO, 0.0,
                            Measure.EVENT, deadline, s));
                }
                return out;
            }
        }
        Matcher r = RELATIVE.matcher(text);
        if (r.find() && !clause.isQuoted(r.start())
                && (r.group(1) == null || COMMITTING.matcher(text).find() || opening != null)) {
            Comparator cmp = relative(r);
            String subject = clean(text.substring(0, r.start()));
            return List.of(draft(clause, quote, subject.isEmpty() ? eventName(text) : subject, cmp, null,
                    Measure.RATE, deadline, strengths.read(text, r.start())));
        }
        List<Draft> above = setElsewhere(clause, quote, deadline);
        if (!above.isEmpty()) {
            return above;
        }
        Matcher k = KEEP_STRIVE.matcher(text);
        if (k.find() && !clause.isQuoted(k.start())) {
            String name = clean(text.substring(0, k.start())).replaceAll("^在|中$", "");
            return List.of(
                    draft(clause, quote, name + "保位", Comparator.LE, (double) "一二三四五六七八九十".indexOf(k.group(1)) + 1,
                            Measure.LEVEL, deadline, Strength.BINDING, "名"),
                    draft(clause, quote, name + "争位", Comparator.LE, (double) "一二三四五六七八九十".indexOf(k.group(2)) + 1,
                            Measure.LEVEL, deadline, Strength.ASPIRATIONAL, "名"));
        }
        Matcher w = WATER_CLASS.matcher(text);
        if (w.find()) {
            return List.of(draft(clause, quote, clean(text.substring(0, w.start())), Comparator.LE,
                    (double) roman(w.group(1)), Measure.LEVEL, deadline, strengths.read(text, w.start()), "类"));
        }
        Matcher full = FINISH_IN_FULL.matcher(text);
        if (full.find() && !clause.isQuoted(full.start())) {
            return List.of(milestone(clause, quote, deadline));
        }
        List<TimeWord> explicit = words.stream().filter(DeadlineParser::datesAnEvent).toList();
        if (!explicit.isEmpty()) {
            Matcher e = EVENT.matcher(text);
            if (e.find(explicit.get(0).start()) && !clause.isQuoted(e.start())) {
                return List.of(milestone(clause, quote, explicit.get(0).date()));
            }
        } else if (carried != null && DeadlineParser.datesAnEvent(carried)) {
            Matcher e = STRONG_EVENT.matcher(text);
            if (e.find() && !clause.isQuoted(e.start())) {
                // "年内力争A完成股改，B实现挂牌": the second event shares the first one's time and resolve
                Draft d = milestone(clause, quote, carried.date());
                if (d.strength() == Strength.PLAIN && carriedStrength != null) {
                    d = new Draft(d.position(), d.text(), d.indicator(), d.comparator(), d.value(), d.valueMax(),
                            d.unit(), d.measure(), d.deadline(), carriedStrength);
                }
                return List.of(d);
            }
        }
        return undated(clause, quote, deadline);
    }

    /**
     * The commitments {@link Commitments} reads in every document — 全部/全覆盖, 前N, an event (建成、投产、
     * 竣工、通航、获批、开工、完成…建设) — in a clause no rule above dated: in an annual plan the event is due at
     * the year's end, every one of a kind is 100%, a place in a ranking is at most N. A clause that only
     * assists another level's task ("配合…") commits to nothing of its own.
     */
    private List<Draft> undated(Clause clause, String quote, LocalDate deadline) {
        String text = clause.text();
        if (ASSISTS.matcher(text).find()) {
            return List.of();
        }
        List<Commitments.Commitment> found = Commitments.find(text).stream()
                .filter(c -> !clause.isQuoted(c.start())).toList();
        for (Commitments.Commitment c : found) {
            if (c.kind() == Commitments.Kind.ALL) {
                return List.of(draft(clause, quote, eventName(text), Comparator.GE, 100.0, Measure.LEVEL, deadline,
                        strengths.read(text, c.start()), "%"));
            }
        }
        for (Commitments.Commitment c : found) {
            Matcher n = RANK_NUMBER.matcher(c.match());
            if (c.kind() == Commitments.Kind.RANK && n.matches()) {
                String digits = n.group(1);
                double place = digits.chars().allMatch(Character::isDigit) ? Double.parseDouble(digits)
                        : "一二三四五六七八九十".indexOf(digits) + 1;
                if (place > 0) {
                    return List.of(draft(clause, quote, clean(text.substring(0, c.start())) + "名次", Comparator.LE,
                            place, Measure.LEVEL, deadline, strengths.read(text, c.start()), "名"));
                }
            }
        }
        for (Commitments.Commitment c : found) {
            if (c.kind() == Commitments.Kind.EVENT) {
                return List.of(milestone(clause, quote, deadline));
            }
        }
        return List.of();
    }

    /** Targets whose value another level sets: no value, GE or LE by the wording and the indicator. */
    private List<Draft> setElsewhere(Clause clause, String quote, LocalDate deadline) {
        String text = clause.text();
        if (text.startsWith("配合")) {
            return List.of(); // the task belongs to the level above; this one only assists
        }
        Matcher a = SET_ABOVE.matcher(text);
        Matcher b = TASK_TO_FINISH.matcher(text);
        boolean above = a.find() && !clause.isQuoted(a.start());
        boolean finish = !above && b.find() && !clause.isQuoted(b.start()) && !b.group(1).contains("各项")
                && !b.group(1).contains("规划");
        if (!above && !finish) {
            return List.of();
        }
        int at = above ? a.start() : b.start();
        boolean upper = UPPER_BOUND.matcher(text).find();
        // 约束性 binds the indicator it names, not its neighbours ("约束性指标和环境质量改善目标")
        Strength strength = strengths.read(text.replace("约束性", ""), at);
        String head = text.substring(0, at).replaceAll(
                "(?:全面|超额|顺利|高标准|圆满|确保|在|完成|控制在|达到|稳定达到|超额完成)+$", "");
        List<String> names = new ArrayList<>();
        boolean named = head.length() >= 2 && !clean(head).isEmpty();
        if (named) {
            // "全市PM2.5浓度、优良率超额完成省定目标": one target per indicator listed
            names.addAll(subjects(head));
        } else if (above && a.group(2).contains("和")) {
            // "省定能耗强度降低和煤炭消费压减任务": one assignment arrives per indicator
            for (String part : a.group(2).split("和")) {
                names.add(clean(part).replaceAll("(?:任务|目标|指标)+$", ""));
            }
        } else {
            names.add(clean(above ? a.group(2) + a.group(3) : b.group(1)));
        }
        List<Draft> out = new ArrayList<>();
        for (String name : names) {
            boolean lessIsBetter = named && LESS_IS_BETTER.matcher(name).find() && !REDUCTION.matcher(name).find();
            Comparator cmp = upper || lessIsBetter ? Comparator.LE : Comparator.GE;
            // 超额完成: doing exactly the assigned figure is not doing more than it (超过 excludes the number)
            if (text.substring(0, at).endsWith("超额完成") || text.substring(0, at).endsWith("超额")) {
                cmp = cmp == Comparator.LE ? Comparator.LT : Comparator.GT;
            }
            // a task to finish adds up over the year; a target set above is a level to reach
            out.add(draft(clause, quote, name, cmp, null, finish && cmp == Comparator.GE ? Measure.CUMULATIVE : Measure.LEVEL,
                    deadline, name.contains("约束性") ? Strength.BINDING : strength));
        }
        return out;
    }

    /** The indicators a 、-list names before a verb ("合流制管网、黑臭水体“清零”"); one name if no list. */
    private static List<String> subjects(String head) {
        String h = clean(head).replaceAll("[“”\"]|动态|稳定|超额|全面$", "");
        List<String> out = new ArrayList<>();
        if (h.contains("、") && !NOT_A_NOUN_LIST.matcher(h).find()) {
            for (String part : h.split("、")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        if (out.size() < 2) {
            return List.of(h);
        }
        return out;
    }

    private static Comparator relative(Matcher r) {
        if (r.group(5) != null) {
            return Comparator.GE; // 同步
        }
        if (r.group(1) == null) {
            String change = r.group(4);
            return change.matches("缩小|下降|降低|减少") ? Comparator.LT : Comparator.GT;
        }
        return switch (r.group(1)) {
            case "不低于", "同步" -> Comparator.GE;
            case "不高于" -> Comparator.LE;
            case "高于", "快于" -> Comparator.GT;
            default -> Comparator.LT;
        };
    }

    private Draft milestone(Clause clause, String quote, LocalDate date) {
        String text = clause.text();
        return draft(clause, quote, eventName(text), Comparator.MILESTONE, null, Measure.EVENT, date,
                strengths.read(text, text.length()));
    }

    private LocalDate deadline(List<TimeWord> words, TimeWord opening) {
        if (!words.isEmpty()) {
            return words.get(0).date();
        }
        return opening != null ? opening.date() : deadlines.yearEnd();
    }

    private static Draft draft(Clause clause, String quote, String indicator, Comparator cmp, Double value,
                               Measure measure, LocalDate deadline, Strength strength) {
        return draft(clause, quote, indicator, cmp, value, measure, deadline, strength, null);
    }

    private static Draft draft(Clause clause, String quote, String indicator, Comparator cmp, Double value,
                               Measure measure, LocalDate deadline, Strength strength, String unit) {
        return new Draft(clause.start(), quote, indicator, cmp, value, null, unit, measure, deadline, strength);
    }

    /** "“清零”": quotes around the word alone mark emphasis, not a name. */
    private static boolean emphasis(String text, int start, int end) {
        return start > 0 && end < text.length() && "“\"「".indexOf(text.charAt(start - 1)) >= 0
                && "”\"」".indexOf(text.charAt(end)) >= 0;
    }

    private static int roman(String r) {
        return switch (r) {
            case "Ⅰ", "I" -> 1;
            case "Ⅱ", "II" -> 2;
            case "Ⅲ", "III" -> 3;
            case "Ⅳ", "IV" -> 4;
            default -> 5;
        };
    }

    static String eventName(String text) {
        String s = LEADING.matcher(text).replaceAll("");
        return s.length() > 24 ? s.substring(0, 24) : s;
    }

    private static String clean(String s) {
        return LEADING.matcher(s).replaceAll("")
                .replaceAll("^(?:的|高标准|圆满|完成|配合|力争|争取|全市|全区|全县)+", "")
                .replaceAll("(?:的|超额|全面)+$", "").strip();
    }
}
