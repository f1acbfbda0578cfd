# 报送的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。共用的句子见 ../common.dsl。
# 句子的固定部分只用汉字和半角符号；引号里的说明可以用全角标点。

[when]有一个要报送的目标=$t : Target( $id : id, $deadline : deadline )
[when]它没有任何报告=not CountingReport( target == $id )
[when]它的完成情况也没有由统计数据算出=not Measured( target == $id )
[when]检查日已到它的期限=CheckDate( $asOf : date, date >= $deadline )
# 说明可用 {指标} {期限} {检查日}；证据为期限和检查日。
[then]记为未报送"{说明}"=insertLogical( finding( drools, Severity.MISSING_REPORT, $t, say( "{说明}", $t, null, null, "检查日", $asOf ), evidence( "deadline", $t.deadline(), "asOf", $asOf ) ) );
