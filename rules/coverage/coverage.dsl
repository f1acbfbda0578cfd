# 百分之百与清零目标的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。
# 几个规则族共用的句子（要看它的每一次报告、记为…并附报告值和应达值）见 ../common.dsl。
# 句子的固定部分只用汉字、字母、数字和半角符号；引号里的问题说明可以用全角标点，其中的 {名称} 换成数值。

[when]有一个目标要求达到或保持百分之百=Parameter( name == "coverage.full", $full : value ) and $g : Goal( target.comparator == Comparator.GE, target.unit == "%", target.value == $full, $t : target )
[then]把它列为硬性要求=insertLogical( new HardLine( $t, $g ) );

[when]有一个硬性要求的目标=HardLine( $t : target, $g : goal, $id : targetId, $v : required )
[when]它最近一次未达到要求的报告=SeriesReading( targetId == $id, reported < $v, $r : report, $d : asOf ) and not SeriesReading( targetId == $id, reported < $v, asOf > $d )

[when]有一个清零目标=Reading( comparator == Comparator.ZERO, $t : target, $r : report )
[when]- 它最近一次报告的数量不为零=reported != null, reported > 0
[when]- 它最近一次报告没有完成清零=reported == null, report.done != null, report.done == false
# 说明可用 {指标} {期限} {报告值} {报告单位} {报告日期}；证据为尚有的数量、应为0、单位和报告日期。
[then]记为违规并附尚未清零的数量"{说明}"=insertLogical( finding( drools, Severity.VIOLATION, $t, say( "{说明}", $t, null, $r ), evidence( "reported", $r.value(), "required", 0, "unit", $r.unit(), "asOf", $r.asOf() ) ) );
# 说明可用 {指标} {期限} {报告日期}；证据为“未完成”和报告日期。
[then]记为违规并附报告的完成情况"{说明}"=insertLogical( finding( drools, Severity.VIOLATION, $t, say( "{说明}", $t, null, $r ), evidence( "done", false, "asOf", $r.asOf() ) ) );
