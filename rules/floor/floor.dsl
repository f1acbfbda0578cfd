# 底线目标的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。共用的句子（目标要求以上、要看它的每一次报告、
# 记为…并附报告值和应达值……）见 ../common.dsl。句子的固定部分只用汉字和半角符号；引号里的说明可以用全角标点。

[when]有一个底线目标=$g : Goal( target.measure == Measure.FLOOR )
[when]底线目标的某一次报告=SeriesReading( measure == Measure.FLOOR, $g : goal, $r : report )
[when]- 报告值低于应保持的水平=reported < required
[when]- 报告值不高于应保持的水平=reported <= required
[when]- 报告值高于应保持的上限=reported > required
[when]- 报告值不低于应保持的上限=reported >= required
[then]记下底线被跌破=insertLogical( new FloorBreach( $g.target(), $g, $r ) );

[when]有一个目标的底线被跌破=$b : FloorBreach( $t : target, $g : goal, $r : report, $d : report.asOf )
[when]这是它最早一次被跌破=not FloorBreach( target == $t, report.asOf < $d )
