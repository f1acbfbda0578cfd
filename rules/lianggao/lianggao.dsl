# “两高”项目管控的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。
# 政策处改写句子时，请同时改 lianggao.dslr 中用到它的地方；几个规则族共用的句子
# （依据项目所在地的…管控条款、记为违规"…"）见 ../common.dsl。
# 句子的固定部分只用汉字和半角符号（" : ,）：规则引擎会丢掉全角标点（“”，：、），写了也匹配不上。
# 引号中的内容（{problem} 等）可以用全角标点，它会原样写进问题说明。

[when]有一个新上的"两高"项目=$p : Project( isNew(), $industry : industry, $city : jurisdiction, $county : county ) and Parameter( name == "lianggao.industries", values contains $industry )
[when]有一个新上的"三高"项目位于沿黄重点县区=$p : Project( isNew(), threeHigh == true, $city : jurisdiction, $county : county ) and Parameter( name == "sangao.counties", values contains $county )
[when]-没有履行窗口指导=windowGuidance != true
[when]-没有取得节能审查意见=energyReview != true
[when]-已取得节能审查意见=energyReview == true
[when]该项目有一项减量替代比例低于应达比例=$q : RequiredRatio( project == $p, reported == null || reported < required )

[then]记为违规并写明替代维度和比例=insertLogical( projectFinding( drools, Severity.VIOLATION, $p, $c, describe( $p ) + shortOf( $q.getDimension(), $q.getReported(), $q.getRequired() ), evidence( "dimension", $q.getDimension(), "industry", $p.industry(), "reported", orMissing( $q.getReported() ), "required", $q.getRequired(), "status", $q.getStatus() ) ) );
[then]列为提示"{note}"=insertLogical( projectFinding( drools, Severity.INFO, $p, $c, describe( $p ) + "{note}", projectEvidence( $p ) ) );
