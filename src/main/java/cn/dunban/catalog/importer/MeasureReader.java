package cn.dunban.catalog.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Measure;

/**
 * What a reported value means for a target (catalog guide, docs/facts.md):
 * RATE for 增长/下降/提高 x% and x个百分点; FLOOR for 保持…以上 / 稳定在…以上 (it must hold at every
 * report); LEVEL for a share, or a stock reached at a date (装机规模, 里程, 总量达到…); EVENT for milestones
 * and 清零; CUMULATIVE for everything counted or earned over the year — new things (新增, 培育, 实施 …)
 * and flows such as 营收, 进出口, 投资, 吞吐量, whose report is the year-to-date amount.
 */
final class MeasureReader {

    private static final Pattern CHANGE = Pattern.compile("(?:增长|下降|提高|降低|提升|增加|减少|压减|压降|缩小|增幅|增速|上升|上涨|下滑|减排|削减|降)(?:率)?$");
    /** Right before the number: "保持在16.38万头以上" — not inside a noun ("水土保持率"). */
    private static final Pattern FLOOR = Pattern.compile("(?:保持在|保持|稳定在|维持在|维持)$");
    /** Stocks: what exists at a date, not what was added during the year. */
    private static final Pattern STOCK = Pattern.compile("装机|里程|总量|保有量|储能规模|机组规模|储气能力|托位数|总数|建有率|覆盖率|比重|占比|播种面积|存栏|在岗规模");
    /** Flows: earned or moved over the year, reported year to date. */
    private static final Pattern FLOW = Pattern.compile("营收|收入|进出口|投资|吞吐量|游客|销售额|销量|贷款|融资|增加值|产值|交易额|贸易额|周转量|签发|外资|用水");

    /** Verbs of new things: what they count adds up over the year. */
    private static final Pattern FRESH = Pattern.compile("新增|新建|新培育|培育|实施|完成|引进|引育|改造|发放|开通|入库|签约|落地|举办|开展|创建|打造|建设|建成|治理|培训|招引|评选|选树|拜访|修复|绿化|造林|关停|认定|推荐|推动|开发|安装|配备|招聘|放映|送戏|整合|交流|选派|吸引|争取|创作|盘活|验收|恢复|组织|赋能|新开通|新布局|承接|共建");
    /** Words of reaching: with nothing else to go by, the number is a level reached. */
    private static final Pattern REACH = Pattern.compile("达到|达|突破|超过|增至");

    Measure read(Comparator comparator, String unit, String before) {
        if (comparator == Comparator.MILESTONE || comparator == Comparator.ZERO) {
            return Measure.EVENT;
        }
        String word = before.substring(0, before.length() - ComparatorReader.prefixWord(before).length());
        boolean share = unit != null && (unit.endsWith("%") || unit.endsWith("‰") || unit.endsWith("百分点"));
        if (unit != null && unit.endsWith("百分点") || share && CHANGE.matcher(word).find()) {
            return Measure.RATE;
        }
        if (FLOOR.matcher(before).find() && (comparator == Comparator.GE || comparator == Comparator.GT)) {
            return Measure.FLOOR;
        }
        if (share) {
            return Measure.LEVEL;
        }
        // the nearest telling word decides: "新增营收过亿元企业10家、总量达到76家" is a count, then a stock
        int stock = lastEnd(STOCK, before);
        int flow = lastEnd(FLOW, before);
        int fresh = lastEnd(FRESH, before);
        if (stock > Math.max(flow, fresh)) {
            return Measure.LEVEL;
        }
        if (flow >= 0 && flow >= fresh) {
            return Measure.CUMULATIVE;
        }
        return lastEnd(REACH, before) > fresh ? Measure.LEVEL : Measure.CUMULATIVE;
    }

    private static int lastEnd(Pattern p, String s) {
        int end = -1;
        for (Matcher m = p.matcher(s); m.find(); ) {
            end = m.end();
        }
        return end;
    }
}
