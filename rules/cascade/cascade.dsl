# 上下级目标衔接的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。共用的句子（以检查日为准）见 ../common.dsl。
# 句子的固定部分只用汉字和半角符号；引号里的说明可以用全角标点，其中的 {名称} 换成数值。
# 单位换算（下级目标换算到上级目标的单位）在 inUnit 中，按目录的单位表。

[when]有一对核定为同一指标的上下级目标=$link : TargetLink( $lowerId : lower, $parentId : parent, $reason : reason )
[when]- 上级为各地都须达到的标准=kind == "标准"
[when]- 上级为各地的平均数=kind == "平均"
[when]上级目标要求达到一定水平=$pg : Goal( targetId == $parentId, $pv : value, $pu : unit, target.comparator in ( Comparator.GE, Comparator.GT, Comparator.APPROX, Comparator.RANGE ) )
[when]上级目标要求不超过一定水平=$pg : Goal( targetId == $parentId, $pv : value, $pu : unit, target.comparator in ( Comparator.LE, Comparator.LT ) )
[when]下级目标与上级同在检查日所在年度且单位可比=$lg : Goal( targetId == $lowerId, target.year == $asOf.year, target.year == $pg.target.year, sameDimension( unit, $pu ) )
[when]- 下级也要求达到一定水平=target.comparator in ( Comparator.GE, Comparator.GT, Comparator.APPROX, Comparator.RANGE )
[when]- 下级也要求不超过一定水平=target.comparator in ( Comparator.LE, Comparator.LT )
[when]- 换算到上级的单位后低于上级=inUnit( value, unit, $pu ) < $pv
[when]- 换算到上级的单位后高于上级=inUnit( value, unit, $pu ) > $pv

# 说明可用 {指标}（下级目标的指标） {下级目标值}（换算到上级的单位） {单位}（上级目标的单位） {上级文件} {上级条目}（第78项、主要预期目标）
# {上级目标值}；证据为两个目标的编号、数值、单位、上级原文、衔接类型和对应理由。
[then]列为目标衔接提示"{说明}"=insertLogical( cascadeFinding( drools, Severity.INFO, $lg.target(), say( "{说明}", $lg.target(), null, null, "下级目标值", inUnit( $lg.value(), $lg.unit(), $pu ), "单位", $pu == null ? "" : $pu, "上级文件", $pg.target().document(), "上级条目", taskName( $pg.target() ), "上级目标值", $pv ), evidence( "lower", $lowerId, "lowerValue", inUnit( $lg.value(), $lg.unit(), $pu ), "parent", $parentId, "parentValue", $pv, "unit", $pu, "parentText", $pg.target().text(), "kind", $link.kind(), "reason", $reason ) ) );
