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
[when]该项目有一项减量替代比例低于应达比例=$q : RequiredRatio( project == $p, reported != null, reported < required )
[when]该项目有一项减量替代比例未报送=$q : RequiredRatio( project == $p, reported == null )

# 说明前自动加上项目名称（编号，县区，行业）；可用 {维度} {报告比例} {应达比例}（写作 1.25:1）；证据为维度、行业、报告比例、应达比例和比例的核实情况。
[then]记为违规并写明替代维度和比例"{说明}"=insertLogical( projectFinding( drools, Severity.VIOLATION, $p, $c, describe( $p ) + say( "{说明}", null, null, null, "维度", $q.dimension(), "报告比例", ratio( $q.reported() ), "应达比例", ratio( $q.required() ) ), evidence( "dimension", $q.dimension(), "industry", $p.industry(), "reported", orMissing( $q.reported() ), "required", $q.required(), "status", $q.status() ) ) );
[then]列为提示"{note}"=insertLogical( projectFinding( drools, Severity.INFO, $p, $c, describe( $p ) + "{note}", projectEvidence( $p ) ) );

# —— 应达比例（ratios.dslr） ——
[when]有一个新上的"两高"行业项目=$lianggao : Parameter( name == "lianggao.industries", $industries : values ) and $p : Project( isNew(), industry memberOf $industries, $industry : industry )
[when]本行业有专门的减量替代比例=$r : Parameter( name.startsWith( "lianggao.ratio." ), key == $industry, $required : value )
[when]某一维度的统一减量替代比例=$r : Parameter( name.startsWith( "lianggao.ratio." ), key == null, value != null, $name : name, $required : value )
[when]本行业在该维度没有专门比例=not Parameter( name == $name, key == $industry )
[then]按这一比例要求该项目=insertLogical( RequiredRatio.of( $p, $r ) );
