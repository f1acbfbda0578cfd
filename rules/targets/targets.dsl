# 目标达成的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。共用的句子（以检查日为准、目标要求以上……）见 rules/common.dsl。
# 句子的固定部分只用汉字和半角符号；引号里的说明可以用全角标点。

# —— 目标值从哪里来 ——
[when]有一个文件写明了数值的目标=$t : Target( value != null )
[when]有一个文件没有写数值的目标=$t : Target( $id : id, value == null )
[when]- 它不是节点任务或清零目标=comparator != Comparator.MILESTONE, comparator != Comparator.ZERO
[when]它有下达指标=$a : Assignment( target == $id )
[when]还没有收到它的下达指标=not Assignment( target == $id )
[then]以文件的数值为应达值=insertLogical( new Goal( $t, $t.value(), $t.valueMax(), $t.unit(), "文件" ) );
[then]以下达指标的数值为应达值=insertLogical( new Goal( $t, $a.value(), null, $a.unit(), $a.source() ) );

# —— 目标与报告 ——
[when]有一个目标的应达值=$g : Goal( $id : targetId )
[when]它截至检查日最新的一份报告=CountingReport( target == $id, $r : report )
[when]它截至检查日最新的报告有数值=CountingReport( target == $id, report.value != null, $r : report )
[when]它截至检查日最新的报告写明未完成=CountingReport( target == $id, report.done != null, report.done == false, $r : report )
[when]有一个要看每一次报告的目标=NeedsAllReports( $g : goal, $id : targetId )
[when]它的每一份有数值的报告=$r : Report( target == $id, value != null )
[when]有一个节点任务=$t : Target( $id : id, comparator == Comparator.MILESTONE )
[then]把这份报告作为它的最新报告=insertLogical( new Reading( $g, $r ) );
[then]逐份读取这些报告=insertLogical( new SeriesReading( $g, $r ) );

# —— 未达标 ——
[when]- 报告有数值且低于应达值=reported != null, reported < required
[when]- 报告有数值且不高于应达值=reported != null, reported <= required
[when]- 报告有数值且高于应达值=reported != null, reported > required
[when]- 报告有数值且不低于应达值=reported != null, reported >= required
[when]左右目标的容差=Parameter( name == "approx.tolerance", $tol : value )
[when]- 报告有数值且低出应达值超过容差=reported != null, reported < required * (1 - $tol / 100)
[when]有一个未达标的目标=$s : Shortfall( $t : target )
[when]- 已到期=target.deadline <= $asOf
# 说明可用 {指标} {期限} {应达值}（区间写作 1—3） {单位} {报告值} {报告单位} {报告日期}。
[then]记下未达标"{说明}"=insertLogical( new Shortfall( $t, $g, $r, say( "{说明}", $t, $g, $r ) ) );
# 只看是否完成、没有应达值的目标：说明可用 {指标} {期限} {报告日期}。
[then]记下未完成"{说明}"=insertLogical( new Shortfall( $t, null, $r, say( "{说明}", $t, null, $r ) ) );
[then]记为{级别}并写明未达标的情形=insertLogical( finding( drools, level( "{级别}" ), $t, $s.message(), $s.evidence() ) );
# 说明可用 {指标} {期限} {报告值} {报告单位} {报告日期}；证据为报告值、报告单位和报告日期。
[then]列为提示并附报告值"{说明}"=insertLogical( finding( drools, Severity.INFO, $t, say( "{说明}", $t, null, $r ), evidence( "reported", $r.value(), "unit", $r.unit(), "asOf", $r.asOf() ) ) );

# —— 第二种达标情形（“达到5%，或未达到5%则全部保障用地”） ——
[when]- 文件写明了第二种达标情形=target.alternative != null
[when]- 报告写明已完成=report.saysDone()
[then]撤销这项未达标=delete( $s );
