package cn.dunban.catalog.importer;

import java.util.regex.Pattern;

/**
 * Names what a target measures, short and specific ("省级以上创新平台", "绿色建筑占比",
 * "数字经济核心产业营收增长"): the words of the clause around the number, without time words,
 * strength words, adverbs, the leading work verb and the comparator. Reports find targets by a piece
 * of the indicator, so the name stays close to the document's own words.
 */
final class IndicatorNamer {

    private static final Pattern LEADING = Pattern.compile(
            "^(?:其中|全年|年内|年底前|年底|今年|上半年|下半年|力争|争取|确保|力促|努力|全力|积极|大力|加快|持续|深入|扎实|重点|进一步|"
                    + "稳步|有序|再|累计|计划|预计|同时|推动|实现|全面|高标准|高质量|\\d{1,2}年左右|\\d{1,2}年内|\\d{4}年)+");
    private static final Pattern VERB = Pattern.compile(
            "^(?:新增|新建|新培育|培育|打造|创建|建成|建设|完成|实施|引进|引育|招引|签约|落地|改造提升|改造|开工|新开通|开通|发放|举办|开展|"
                    + "组织|评选|选树|推荐|关停|治理|修复|开发|培训|选派|认定|入库|拜访|安装|配备|升级|整治|提升|争创|形成|吸引|帮扶|"
                    + "整合|新改建|新改扩建|改扩建|招聘|放映|创作|盘活|验收|恢复|滚动建设|赋能|承接|共建|新布局|布局|服务|通过|"
                    + "推进|抓好|突出抓好|谋划储备|储备)+");
    /** A phrase ending in a verb has its object after the number: "每个县（市、区）打造1条步行街". */
    private static final Pattern ENDS_WITH_VERB = Pattern.compile(
            "(?:打造|建设|培育|创建|新建|实施|推进|完成|改造|引进|落地|签约|举办|开展|推动|建成|发展|承接)$");
    private static final Pattern TRAILING = Pattern.compile(
            "(?:达到|达|突破|超过|不低于|不少于|不超过|控制在|保持在|保持|稳定在|增至|约|为|共|计)+$");
    private static final int MAX = 24;

    /**
     * @param before   the item's text before the number
     * @param after    the item's text after the number and its comparator suffix
     * @param subject  the subject of the previous item of the clause, for "…突破600亿元、增长20%以上"
     */
    String name(String before, String after, String subject) {
        String core = TRAILING.matcher(LEADING.matcher(before).replaceAll("")).replaceAll("");
        String noVerb = VERB.matcher(core).replaceAll("");
        String noun = nounAfter(after);
        // "培育5家省“一企一技术”研发中心", "新建碳基新材料等3家市级产业研究院": the noun follows the number
        if ((noVerb.isEmpty() || noVerb.endsWith("等") || noVerb.endsWith("、") || ENDS_WITH_VERB.matcher(noVerb).find())
                && !noun.isEmpty()) {
            return trim(noun);
        }
        if (isChangeOnly(noVerb) && subject != null && !subject.isEmpty()) {
            return trim(subject + noVerb);
        }
        return trim(noVerb.isEmpty() ? core : noVerb);
    }

    private static String trim(String name) {
        String n = name.replaceAll("^[、，,：:的]+|[、，,：:的]+$", "");
        return n.length() > MAX ? n.substring(0, MAX) : n;
    }

    /** The subject an item hands on to a following item that has none of its own. */
    String subject(String before) {
        String core = TRAILING.matcher(LEADING.matcher(before).replaceAll("")).replaceAll("");
        String noVerb = VERB.matcher(core).replaceAll("");
        core = noVerb.isEmpty() ? core : noVerb;
        return core.replaceAll("(?:增长|下降|提高|降低|提升|增加|减少)$", "");
    }

    static boolean isChangeOnly(String s) {
        return s.matches("(?:增长|下降|提高|降低|提升|增加|减少|压减|压降|缩小|增幅|增速)?");
    }

    private static String nounAfter(String after) {
        int i = 0;
        while (i < after.length() && "、，,。；;\n".indexOf(after.charAt(i)) < 0) {
            i++;
        }
        String noun = after.substring(0, i).replaceAll("^的", "");
        return noun;
    }
}
