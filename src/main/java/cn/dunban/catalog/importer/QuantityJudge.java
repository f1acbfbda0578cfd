package cn.dunban.catalog.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Dimension;
import cn.dunban.catalog.Unit;
import cn.dunban.catalog.Units;
import cn.dunban.catalog.importer.ClauseSplitter.Clause;
import cn.dunban.catalog.importer.QuantityScanner.Form;
import cn.dunban.catalog.importer.QuantityScanner.Quantity;

/**
 * Decides whether a number in a clause is a commitment or only describes something: a name
 * ("“八抓20条”"), a project's size ("年产10万吨…项目", "500万元以上技术改造项目"), the existing set a
 * task works on ("提升7家化工园区承载能力", "依托A、B、C 3个国家制种大县", "持续推进9个省级化工园区…"),
 * a condition ("或未达到5%则…") or a reward ("分别奖励50万元"). What is not a commitment comes back
 * with the reason, for the review list: the importer never drops a number silently.
 */
final class QuantityJudge {

    /**
     * The verdict on one quantity: a target (with its unit, and a comparator when the wording around
     * the number fixes one, as for ranks), or not one for {@code reason}.
     */
    record Verdict(boolean target, String reason, String unit, Comparator comparator) {
        static Verdict target(String unit) {
            return new Verdict(true, null, unit, null);
        }

        static Verdict target(String unit, Comparator comparator) {
            return new Verdict(true, null, unit, comparator);
        }

        static Verdict not(String reason) {
            return new Verdict(false, reason, null, null);
        }
    }

    /** Dimensions that count things: "5家以上企业" counts enterprises, it does not size them. */
    private static final List<Dimension> COUNTING = List.of(Dimension.COUNT, Dimension.PEOPLE,
            Dimension.PERSON_TIMES, Dimension.PERCENT, Dimension.POINTS);
    /** Written before a size that names a project rather than commits to an amount. */
    private static final Pattern SCALE_PREFIX = Pattern.compile("(?:年产|年处理|年加工|年生产|年吞吐|年出栏|总投资|投资额|计划总投资|总规模|占地|×|\\*|x|X)$");
    private static final Pattern RANK_PREFIX = Pattern.compile("(?:前|后|第|居|排名|位列|位居)$");
    private static final Pattern RANK_UNIT = Pattern.compile("位|名");
    /** Nouns that make a preceding size a class of things ("500万元以上技术改造项目"). */
    private static final Pattern ENTITY = Pattern.compile("项目|企业|工程|机组|园区|集群|公司|产业|基地|生产线|工厂|电站|设备|车辆|船舶|煤矿|矿井|码头|港区|管线");
    /** A number followed by one of these is the possessor of what the task improves, not a target. */
    private static final Pattern POSSESSED = Pattern.compile("(?:承载能力|能力|水平|作用|功能|渠道|效能|效率|质量|地位|优势)$");
    /** Verbs whose object is an existing set ("聚焦19条核心产业链", "帮扶226家服务业企业"). */
    private static final Pattern SCOPE_VERB = Pattern.compile("依托|聚焦|聚力|围绕|瞄准|盯紧|发挥|拓宽|借助|结合|落实|贯彻|立足|面向|针对|对标|做强|做优|做大|壮大|谋划|帮扶|强化");
    /** Verbs of new work: after a scope verb they make the number a commitment again ("依托…，新建3家"). */
    private static final Pattern WORK_VERB = Pattern.compile("新增|新建|新培育|培育|打造|创建|建成|建设|完成|实施|引进|引育|招引|签约|落地|改造|开工|开通|发放|举办|开展|组织|评选|选树|推荐|关停|治理|修复|开发|培训|选派|认定|入库|拜访|安装|配备|升级|整治|提升|争创|创成|形成|吸引|整合|新改建|改扩建|达到|突破|实现");
    /** Taking part in listed events is itself the commitment ("参与…日本、韩国、RCEP区域3个进口博览会"). */
    private static final Pattern TAKE_PART = Pattern.compile("参与|参加|承办|出席");
    /** Work carried on in designated places or pilots that already exist ("深入推进5个整县分布式光伏开发试点"). */
    private static final Pattern CARRY_ON = Pattern.compile("推进|抓好");
    private static final Pattern DESIGNATED = Pattern.compile("试点|推进区|示范区|园区|产业园|开发区|集聚区");
    private static final Pattern EXISTING = Pattern.compile("(?:现有|已有|原有)$");
    /** "9类困难群众", "6类老人": how many kinds a measure covers, not an amount to reach. */
    private static final Pattern KINDS = Pattern.compile("类|种|大类");
    /** "168个城市的后20位": the number sizes the field a rank is taken in. */
    private static final Pattern RANKED_AMONG = Pattern.compile("^\\p{IsHan}{0,8}的?(?:前|后|第)\\d");
    private static final Pattern CONDITION = Pattern.compile("^(?:或|如|若|如果|否则|凡)|未达到|达不到|不足的");
    /** A number followed, in its clause, by the standard it is to meet ("…按照每百户不低于30平方米的要求"). */
    private static final Pattern STANDARD_AFTER = Pattern.compile("^[^，,。；;]*?按照[^，,。；;]*?(?:不低于|不少于)\\d");
    private static final Pattern MONEY_CONTEXT = Pattern.compile("营收|收入|投资|进出口|贷款|资金|销售额|产值|增加值|总值|营业额|外资|贸易额|规模|融资");
    private static final String NOT_A_NOUN = "、，,。；;）)\n或等";

    /**
     * @param itemStart      where the quantity's 、-item starts in the clause
     * @param sentenceBefore the sentence's text before this clause ("营收…，力争3年左右突破2000亿")
     * @param rewardContext  an earlier clause of the sentence speaks of rewards ("分别奖励…")
     */
    Verdict judge(Clause clause, Quantity q, int itemStart, String sentenceBefore, boolean rewardContext) {
        String c = clause.text();
        String before = c.substring(itemStart, q.start());
        String clauseBefore = c.substring(0, q.start());
        int suffix = ComparatorReader.suffixLength(c.substring(q.end()));
        String after = c.substring(q.end() + suffix);
        // "培育5家省级…中心", "50%以上的县": the number qualifies a noun that follows it
        boolean attributive = !after.isEmpty() && NOT_A_NOUN.indexOf(after.charAt(0)) < 0;

        if (clause.isQuoted(q.start())) {
            return Verdict.not("引号或书名号内的名称，不是数量目标");
        }
        String unit = q.unit();
        // "益海嘉里创50亿强企": to become an enterprise of 50亿 a year is a sum of revenue (catalog.Commitments, JOINED)
        boolean strongEnterprise = after.startsWith("强企") && clauseBefore.endsWith("创");
        if (q.magnitudeOnly() && !strongEnterprise) {
            if (!MONEY_CONTEXT.matcher(sentenceBefore + clauseBefore).find() || after.startsWith("强")) {
                return Verdict.not("数字后没有单位，无法判断计量单位");
            }
            unit = q.unit() + "元"; // "营收突破2000亿": the money unit is understood
        }
        if (strongEnterprise) {
            unit = q.unit() + "元";
        }
        if (q.form() == Form.COMPOUND_UNIT) {
            unit = null; // "54亿吨公里": the value stands, the unit cannot be read
        }
        Unit parsed = unit == null ? null : Units.parse(unit).orElse(null);
        if (unit != null && unit.endsWith("级")) {
            return Verdict.not("级别或定位描述（…级），不是数量目标");
        }
        if (RANK_PREFIX.matcher(before).find()) {
            return rank(c, before, q, unit);
        }
        if (SCALE_PREFIX.matcher(before).find()) {
            return Verdict.not("项目名称中的规模（年产/总投资…），不是目标");
        }
        if (EXISTING.matcher(clauseBefore).find()) {
            return Verdict.not("范围限定语：现有对象的数量");
        }
        if (annotation(c, q)) {
            return Verdict.not("括号内注释，重复前面的数");
        }
        if (CONDITION.matcher(c).find() && !c.startsWith("如期")) {
            return Verdict.not("条件从句中的数，不是目标");
        }
        if (rewardContext || clauseBefore.contains("奖励")) {
            return Verdict.not("奖励或补助标准，不是目标");
        }
        if (STANDARD_AFTER.matcher(after).find()) {
            // "6处在建小区按照每百户不低于30平方米的要求配建": the estates are the scope, the standard the commitment
            return Verdict.not("范围：按其后标准办理的对象数量，承诺是标准本身");
        }
        boolean boundStandard = (after.startsWith("的要求") || after.startsWith("的标准"))
                && (clauseBefore.endsWith("不低于") || clauseBefore.endsWith("不少于"));
        if (!boundStandard && (after.startsWith("的要求") || after.startsWith("的标准") || after.startsWith("标准"))) {
            return Verdict.not("标准或要求中的参数，不是数量目标");
        }
        boolean counting = parsed != null && COUNTING.contains(parsed.dimension());
        if (attributive && (before.endsWith("过") || before.endsWith("超")) && !before.endsWith("超过")) {
            return Verdict.not("规模限定语（过…的对象），不是目标");
        }
        if (attributive && !counting && unit != null && !after.startsWith("的")) {
            String phrase = phrase(after);
            if (suffix > 0 && ENTITY.matcher(phrase).find()) {
                return Verdict.not("规模限定语（…以上/以下的项目或企业），不是目标");
            }
            if (suffix == 0 && ENTITY.matcher(after).find()) {
                return Verdict.not("项目或设施的规模，不是目标");
            }
        }
        if (attributive && counting && suffix == 0) {
            String phrase = phrase(after);
            if (POSSESSED.matcher(phrase).find() && !WORK_VERB.matcher(phrase).find()) {
                return Verdict.not("范围限定语：所改进对象的现有数量");
            }
            if (KINDS.matcher(unit).matches()) {
                return Verdict.not("类别数（…类/种对象），不是数量目标");
            }
            if (RANKED_AMONG.matcher(after).find()) {
                return Verdict.not("排名的范围（全国168个城市的后20位），不是目标");
            }
            if (enumerationTotal(clauseBefore, q.value()) && !TAKE_PART.matcher(clauseBefore).find()) {
                return Verdict.not("范围限定语：前面列举对象的合计数");
            }
            if (scopeVerb(clauseBefore)) {
                return Verdict.not("范围限定语：现有对象的数量（依托/聚焦/帮扶…）");
            }
            if (carriesOn(clauseBefore) && DESIGNATED.matcher(phrase).find()) {
                return Verdict.not("范围限定语：继续推进的既有试点或园区");
            }
        }
        return Verdict.target(unit, q.form() == Form.MORE_THAN ? Comparator.GT : null);
    }

    /**
     * Ranks: "退出…的后20位" is better than 20th from the bottom (GT), "进入全市前5名" at most 5th (LE);
     * "前100项" is not a rank but the first hundred items, a count.
     */
    private static Verdict rank(String c, String before, Quantity q, String unit) {
        boolean rankUnit = unit != null && RANK_UNIT.matcher(unit).matches();
        if (before.endsWith("后") && rankUnit && c.contains("退出")) {
            return Verdict.target(unit, Comparator.GT);
        }
        if (before.endsWith("前") && rankUnit && c.contains("进入")) {
            return Verdict.target(unit, Comparator.LE);
        }
        if (before.endsWith("前") && !rankUnit && unit != null) {
            return Verdict.target(unit);
        }
        return Verdict.not("排名或序号（前/后/第…），不是数量目标");
    }

    /** The noun phrase after a number, up to the next separator. */
    private static String phrase(String after) {
        int i = 0;
        while (i < after.length() && "、，,。；;\n".indexOf(after.charAt(i)) < 0) {
            i++;
        }
        return after.substring(0, i);
    }

    /** "依托A、B、C 3个…": the number only totals the items just listed. */
    private static boolean enumerationTotal(String before, double value) {
        String list = before;
        int last = -1;
        for (Matcher verb = WORK_VERB.matcher(before); verb.find(); ) {
            last = Math.max(last, verb.end());
        }
        for (Matcher scope = SCOPE_VERB.matcher(before); scope.find(); ) {
            last = Math.max(last, scope.end());
        }
        if (last >= 0) {
            list = before.substring(last);
        }
        if (list.contains("等") || list.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        // items are joined by 、, the last one often by 和/与 ("A、B、C和D"); 和 elsewhere is inside words (参与)
        int separators = 0;
        for (char ch : list.toCharArray()) {
            if (ch == '、') {
                separators++;
            }
        }
        int lastComma = list.lastIndexOf('、');
        if (lastComma >= 0 && (list.indexOf('和', lastComma) >= 0 || list.indexOf('与', lastComma) >= 0)) {
            separators++;
        }
        return separators >= 1 && separators + 1 == value;
    }

    /** The last verb before the number is 推进/抓好: work goes on in what exists. */
    private static boolean carriesOn(String before) {
        int at = -1;
        for (Matcher m = CARRY_ON.matcher(before); m.find(); ) {
            at = m.end();
        }
        return at >= 0 && !WORK_VERB.matcher(before.substring(at)).find();
    }

    private static boolean scopeVerb(String before) {
        int scopeAt = -1;
        for (Matcher m = SCOPE_VERB.matcher(before); m.find(); ) {
            scopeAt = m.end();
        }
        if (scopeAt < 0) {
            return false;
        }
        return !WORK_VERB.matcher(before.substring(scopeAt)).find();
    }

    /** "提高5%以上(含5%)": the bracket repeats the number just before it. */
    private static boolean annotation(String c, Quantity q) {
        int open = Math.max(c.lastIndexOf('（', q.start()), c.lastIndexOf('(', q.start()));
        if (open < 0 || open < q.start() - 4) {
            return false;
        }
        String inner = c.substring(open + 1, q.start());
        if (!inner.matches("含|包含|含有|即|约|")) {
            return false;
        }
        String head = c.substring(Math.max(0, open - 12), open);
        String number = c.substring(q.start(), q.end());
        return head.contains(number);
    }
}
