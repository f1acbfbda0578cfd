# 序时进度的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。共用的句子（以检查日为准、有一个目标的最新报告）
# 见 ../common.dsl。句子的固定部分只用汉字和半角符号；引号里的说明可以用全角标点。
# 序时进度 = 应达值 × 已过时间占比（自目标年度1月1日起至期限，见 RuleFunctions.elapsedShare）。

[when]落后序时进度的容差=Parameter( name == "pace.tolerance", $tol : value )
[when]- 是年内累计目标=measure == Measure.CUMULATIVE
[when]- 目标要求达到一定数量=comparator in ( Comparator.GE, Comparator.GT, Comparator.APPROX, Comparator.RANGE )
[when]- 尚未到期=target.deadline > $asOf
[when]- 报告有数值且落后序时进度超过容差=reported != null, reported < required * ( elapsedShare( $t, $asOf ) - $tol / 100 )
# 说明可用 {指标} {期限} {应达值} {单位} {报告值} {报告单位} {报告日期}，以及 {时间已过}（如74.8%）和 {应完成}（序时进度）；
# 证据为报告值、应达值、序时进度、单位、时间占比、容差和报告日期。
[then]记为进度滞后并附序时进度"{说明}"=insertLogical( finding( drools, Severity.AT_RISK, $t, say( "{说明}", $t, $g, $r, "时间已过", percent( elapsedShare( $t, $asOf ) ), "应完成", amount( $g.value() * elapsedShare( $t, $asOf ), $g.unit() ) ), evidence( "reported", $r.value(), "required", $g.value(), "expected", $g.value() * elapsedShare( $t, $asOf ), "unit", $g.unit(), "elapsed", elapsedShare( $t, $asOf ), "tolerance", $tol / 100, "asOf", $r.asOf() ) ) );
