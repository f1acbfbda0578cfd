# 能耗强度与煤炭消费的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。共用的句子（以检查日为准）见 ../common.dsl。
# 句子的固定部分只用汉字和半角符号；引号里的说明可以用全角标点，其中的 {名称} 换成数值。
# 计算（单位GDP能耗、降低率、压减量）在 cn.dunban.vocabulary 的 IntensityDrop、CoalCut 中，单位换算在 inUnit（按目录的单位表），规则文件只写判断。

# —— 参数 ——
[when]能耗强度保留的小数位数=Parameter( name == "energy.intensityDecimals", $places : value )
[when]新增可再生能源扣除的比例=Parameter( name == "energy.renewableDeduction", $share : value )

# —— 统计：本期与上年同期 ——
[when]有一个地区截至检查日最近一期的能源统计=$s : EnergyStat( asOf <= $asOf, $j : jurisdiction, $y : year, $at : asOf, $period : period ) and not EnergyStat( jurisdiction == $j, year == $y, asOf > $at, asOf <= $asOf )
[when]它上年同期的能源统计=$b : EnergyStat( jurisdiction == $j, year == $y - 1, period == $period, energy > feedstockExcluded )
[when]有一个地区截至检查日最近一期的煤炭消费统计=$s : EnergyStat( coal != null, asOf <= $asOf, $j : jurisdiction, $y : year, $at : asOf, $period : period ) and not EnergyStat( coal != null, jurisdiction == $j, year == $y, asOf > $at, asOf <= $asOf )
[when]它上年同期的煤炭消费统计=$b : EnergyStat( coal != null, jurisdiction == $j, year == $y - 1, period == $period )
[then]算出单位GDP能耗降低率=insertLogical( IntensityDrop.of( $s, $b, $share, $places.intValue() ) );
[then]算出煤炭消费压减量=insertLogical( new CoalCut( $s, $b ) );

# —— 所考核的目标 ——
[when]有一个以能耗强度降低率考核的目标=Parameter( name == "energy.intensityTargets", $ids : values ) and $g : Goal( unit == null || sameDimension( unit, "%" ), targetId memberOf $ids, $t : target, $j : target.jurisdiction, $y : target.year, $v : value )
[when]有一个以煤炭消费压减量考核的目标=Parameter( name == "energy.coalTargets", $ids : values ) and $g : Goal( sameDimension( unit, "万吨" ), targetId memberOf $ids, $t : target, $j : target.jurisdiction, $y : target.year, $v : value, $u : unit )
[when]有一个列入能耗强度考核的目标=Parameter( name == "energy.intensityTargets", $ids : values ) and $t : Target( id memberOf $ids, $j : jurisdiction, $y : year )
[when]有一个列入煤炭压减考核的目标=Parameter( name == "energy.coalTargets", $ids : values ) and $t : Target( id memberOf $ids, $j : jurisdiction, $y : year )

# —— 判断 ——
[when]该地区当年全年的能耗强度降低率低于目标=$d : IntensityDrop( stat.fullYear, stat.jurisdiction == $j, stat.year == $y, drop < $v )
[when]该地区当年年内累计的能耗强度降低率低于全年目标=$d : IntensityDrop( !stat.fullYear, stat.jurisdiction == $j, stat.year == $y, drop < $v )
[when]该地区当年全年的压减量少于下达任务=$c : CoalCut( stat.fullYear, stat.jurisdiction == $j, stat.year == $y, inUnit( cut, "万吨", $u ) < $v )
[when]该地区当年年内累计的压减量落后于时间进度=$c : CoalCut( !stat.fullYear, stat.jurisdiction == $j, stat.year == $y, $at : stat.asOf, inUnit( cut, "万吨", $u ) < $v * elapsedShare( $t, stat.asOf ) )
[when]该地区当年有全年的能耗强度降低率=IntensityDrop( stat.fullYear, stat.jurisdiction == $j, stat.year == $y )
[when]该地区当年有全年的煤炭压减量=CoalCut( stat.fullYear, stat.jurisdiction == $j, stat.year == $y )

# —— 结论 ——
[then]视同已报送=insertLogical( new Measured( $t.id(), "能源统计" ) );
# 说明可用 {地区} {统计期} {本期能耗强度} {上年同期能耗强度}（按 energy.intensityDecimals 位小数） {变化}（下降2.12%、不降反升0.5%）
# {应达值}（目标降低率） {指标} {期限}；证据为年度、统计截止日、本期和上年同期能耗强度、降低率、目标、单位%和扣除比例。
[then]记为{级别}并附能耗强度"{说明}"=insertLogical( jurisdictionFinding( drools, level( "{级别}" ), $j, $t, say( "{说明}", $t, $g, null, "地区", $j, "统计期", periodName( $d.getStat() ), "本期能耗强度", num( $d.getIntensity(), $places.intValue() ), "上年同期能耗强度", num( $d.getBaseIntensity(), $places.intValue() ), "变化", $d.getChange() ), evidence( "year", $y, "asOf", $d.getStat().asOf(), "intensity", $d.getIntensity(), "baseIntensity", $d.getBaseIntensity(), "drop", $d.getDrop(), "required", $g.value(), "unit", "%", "renewableDeduction", $share ) ) );
# 说明可用 {地区} {统计期} {本期煤炭消费量}（万吨） {变化}（压减12万吨、不减反增3万吨） {应达值}（下达的压减任务） {单位} {指标} {期限}；
# 证据为年度、统计截止日、本期和上年同期煤炭消费量、压减量（换算为任务的单位）、任务和单位。
[then]记为违规并附煤炭压减量"{说明}"=insertLogical( jurisdictionFinding( drools, Severity.VIOLATION, $j, $t, say( "{说明}", $t, $g, null, "地区", $j, "统计期", periodName( $c.getStat() ), "本期煤炭消费量", $c.getCoal(), "变化", $c.getChange() ), evidence( "year", $y, "asOf", $c.getStat().asOf(), "coal", $c.getCoal(), "baseCoal", $c.getBaseCoal(), "cut", $c.cutIn( $g.unit() ), "required", $g.value(), "unit", $g.unit() ) ) );
# 同上，另可用 {应压减}（按时间进度应压减的量）；证据另有应压减量和时间占比。
[then]记为进度滞后并附煤炭压减量和时间进度"{说明}"=insertLogical( jurisdictionFinding( drools, Severity.AT_RISK, $j, $t, say( "{说明}", $t, $g, null, "地区", $j, "统计期", periodName( $c.getStat() ), "本期煤炭消费量", $c.getCoal(), "变化", $c.getChange(), "应压减", $g.value() * elapsedShare( $t, $at ) ), evidence( "year", $y, "asOf", $at, "coal", $c.getCoal(), "baseCoal", $c.getBaseCoal(), "cut", $c.cutIn( $g.unit() ), "expected", $g.value() * elapsedShare( $t, $at ), "required", $g.value(), "unit", $g.unit(), "elapsed", elapsedShare( $t, $at ) ) ) );
