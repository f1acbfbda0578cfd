package cn.dunban.catalog.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;

/**
 * What a reported value means for a target (catalog guide): RATE for 增长/下降/提高 x% and x个百分点;
 * FLOOR for 保持…以上 / 稳定在…以上; LEVEL for a level reached (达到, 占比, 总量, 规模突破, any share in %);
 * CUMULATIVE for amounts that add up over the year (新增, 新建, 培育, 实施, 完成, 引进 …); EVENT for
 * milestones and 清零. Of a cumulative verb and a level word, the one nearer the number decides
 * ("入库技术经纪人达到20人以上" is a level).
 */
final class MeasureReader {

    private static final Pattern CHANGE = Pattern.compile("(?:增长|下降|提高|降低|提升|增加|减少|压减|压降|缩小|增幅|增速|上升|上涨|下滑|减排|削减|降)(?:率)?$");
    private static final Pattern FLOOR = Pattern.compile("保持在|保持|稳定在|维持在|维持|稳定");
    private static final Pattern LEVEL = Pattern.compile("达到|达|总量|规模|占比|比重|比例|率|里程|装机|产量|总数|保有量|吞吐量|增至|突破|超过|控制在|不低于|面积");
    private static final Pattern CUMULATIVE = Pattern.compile("新增|新建|新培育|培育|实施|完成|引进|引育|改造|发放|开通|入库|签约|落地|举办|开展|创建|打造|建设|建成|治理|培训|招引|评选|选树|拜访|修复|绿化|造林|关停|认定|推荐|推动|开发|安装|配备|新改建|改扩建|招聘|放映|送戏|整合|交流|选派|吸引|争取|创作|盘活|验收|恢复|帮扶|组织|赋能");

    Measure read(Comparator comparator, String unit, String before) {
        if (comparator == Comparator.MILESTONE || comparator == Comparator.ZERO) {
            return Measure.EVENT;
        }
        String word = before.substring(0, before.length() - ComparatorReader.prefixWord(before).length());
        boolean share = unit != null && (unit.endsWith("%") || unit.endsWith("‰") || unit.endsWith("百分点"));
        if (unit != null && unit.endsWith("百分点") || share && CHANGE.matcher(word).find()) {
            return Measure.RATE;
        }
        int floor = lastEnd(FLOOR, before);
        int level = lastEnd(LEVEL, before);
        int cumulative = lastEnd(CUMULATIVE, before);
        if (floor >= 0 && floor >= level && floor >= cumulative
                && (comparator == Comparator.GE || comparator == Comparator.GT)) {
            return Measure.FLOOR;
        }
        if (share || comparator == Comparator.LE || comparator == Comparator.LT) {
            return Measure.LEVEL;
        }
        if (level > cumulative) {
            return Measure.LEVEL;
        }
        if (cumulative >= 0) {
            return Measure.CUMULATIVE;
        }
        return Measure.LEVEL;
    }

    private static int lastEnd(Pattern p, String s) {
        int end = -1;
        for (Matcher m = p.matcher(s); m.find(); ) {
            end = m.end();
        }
        return end;
    }
}
