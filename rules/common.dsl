# 共用用语：几个规则族都用到的句子。每行“[when]/[then]中文句子=规则引擎的写法”。
# 规则库中所有 .dsl 合为一套用语，各族的 .dslr 都可以用这里的句子；同一句子只能有一种写法（规则库检查会核对）。
# 句子的固定部分只用汉字、字母、数字和半角符号（" : , -）：规则引擎会丢掉全角标点（“”，：、），写了也匹配不上。
# 一句话不要是另一句话的一部分（如“有一个目标”和“有一个目标的最新报告”），否则规则引擎可能把长句的一部分当作短句展开。
# 引号里的说明（{说明} 等）可以用全角标点，原样写进问题说明；说明中的 {名称} 换成数值，可用的名称见各句的注释。

# —— 条件：检查日、目标与报告 ——
[when]以检查日为准=CheckDate( $asOf : date )
[when]有一个目标的最新报告=Reading( $t : target, $g : goal, $r : report )
[when]它不是硬性要求=not HardLine( target == $t )
[when]- 目标要求以上=comparator == Comparator.GE
[when]- 目标要求超过=comparator == Comparator.GT
[when]- 目标要求以内=comparator == Comparator.LE
[when]- 目标要求低于=comparator == Comparator.LT
[when]- 目标要求左右=comparator == Comparator.APPROX
[when]- 目标要求在区间内=comparator == Comparator.RANGE
[when]- 是约束性或一般性目标=target.strength != Strength.ASPIRATIONAL
[when]- 是力争或争取类目标=target.strength == Strength.ASPIRATIONAL

# —— 结论：目标 ——
[then]要看它的每一次报告=insertLogical( new NeedsAllReports( $g ) );
# 说明可用 {指标} {期限} {应达值} {单位} {报告值} {报告单位} {报告日期}；证据为报告值、应达值、单位和报告日期。
[then]记为{级别}并附报告值和应达值"{说明}"=insertLogical( finding( drools, level( "{级别}" ), $t, say( "{说明}", $t, $g, $r ), evidence( "reported", $r.value(), "required", $g.value(), "unit", $g.unit(), "asOf", $r.asOf() ) ) );

# —— 条件与结论：项目 ——
[when]依据项目所在地的"{control}"管控条款=CheckDate( $checkYear : date.year ) and $c : Clause( control == "{control}", jurisdiction == $city || jurisdiction == $county, year <= $checkYear, $clauseOf : jurisdiction, $clauseYear : year ) and not Clause( control == "{control}", jurisdiction == $clauseOf, year > $clauseYear, year <= $checkYear )
[then]记为违规"{problem}"=insertLogical( projectFinding( drools, Severity.VIOLATION, $p, $c, describe( $p ) + "{problem}", projectEvidence( $p ) ) );
