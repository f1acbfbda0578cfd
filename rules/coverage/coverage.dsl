# 百分之百与清零目标的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。
# 用语在整个规则库中共用：同一句子在别的族的 .dsl 中出现时，两处写法必须一字不差（规则库检查会核对）。
# 整行（包括等号右边）只用汉字、字母、数字和半角符号：全角标点（“”，：、（））会使规则引擎报错；
# 带全角标点的问题说明写在 messages.drl 的函数里。

[when]有一个目标要求达到或保持百分之百=Parameter( name == "coverage.full", $full : value ) and $g : Goal( target.comparator == Comparator.GE, target.unit == "%", target.value == $full, $t : target )
[then]把它列为硬性要求=insertLogical( new HardLine( $t, $g ) );

[when]有一个硬性要求的目标=HardLine( $t : target, $g : goal, $id : targetId, $v : required )
[when]它最近一次未达到要求的报告=SeriesReading( targetId == $id, reported < $v, $r : report, $d : asOf ) and not SeriesReading( targetId == $id, reported < $v, asOf > $d )
[then]要看它的每一次报告=insertLogical( new NeedsAllReports( $g ) );
[then]记为违规并写明报告值和应达值=Shortfall s = new Shortfall( $t, $g, $r, "未达到" ); insertLogical( finding( drools, Severity.VIOLATION, $t, s.message(), s.evidence() ) );

[when]有一个清零目标=Reading( comparator == Comparator.ZERO, $t : target, $r : report )
[when]- 它最近一次报告的数量不为零=reported != null, reported > 0
[when]- 它最近一次报告没有完成清零=reported == null, report.done != null, report.done == false
[then]记为违规并写明尚未清零的数量=insertLogical( finding( drools, Severity.VIOLATION, $t, notCleared( $t, $r ), evidence( "reported", $r.value(), "required", 0, "unit", $r.unit(), "asOf", $r.asOf() ) ) );
[then]记为违规并写明报告未清零=insertLogical( finding( drools, Severity.VIOLATION, $t, notDone( $t ), evidence( "done", false, "asOf", $r.asOf() ) ) );
