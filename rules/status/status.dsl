# 状态灯（红黄绿灯）的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。
# 用语在整个规则库中共用：同一句子在别的族的 .dsl 中出现时，两处写法必须一字不差（规则库检查会核对）。
# 整行（包括等号右边）只用汉字、字母、数字和半角符号：全角标点会使规则引擎报错；
# 带全角标点的灯色理由写在 reasons.drl 的函数里。

[when]要出具状态灯=StatusRequest()
[when]有一个已报送或已由统计数据算出的目标=$t : Target( $id : id ) and exists( CountingReport( target == $id ) or Measured( target == $id ) )
[when]有一个没有报送也没有统计数据的目标=$t : Target( $id : id ) and not CountingReport( target == $id ) and not Measured( target == $id )
[then]把它列入状态台账并记为已报送=insertLogical( new StatusSubject( $t, true ) );
[then]把它列入状态台账并记为未报送=insertLogical( new StatusSubject( $t, false ) );

[when]有一条关于目标本身的问题=$f : Finding( subjectType in ( SubjectType.TARGET, SubjectType.CASCADE ), $sid : subject ) and StatusSubject( targetId == $sid, $t : target )
[when]有一条关于地区统计数据的问题=$f : Finding( subjectType == SubjectType.JURISDICTION, $doc : document, $task : task, $j : jurisdiction ) and StatusSubject( target.document == $doc, target.task == $task, target.jurisdiction == $j, target.text == citedText( $f ), $t : target )
[then]记下这条问题涉及该目标=insertLogical( new Concern( $t, $f ) );

[when]某目标有违规问题=Concern( $t : target, $f : finding, severity == Severity.VIOLATION, subjectType != SubjectType.CASCADE )
[when]某目标到期未报送=Concern( $t : target, $f : finding, severity == Severity.MISSING_REPORT )
[when]某目标有预警问题=Concern( $t : target, $f : finding, severity == Severity.WARNING )
[when]某目标有提示问题=Concern( $t : target, $f : finding, severity == Severity.INFO )
[when]某目标有进度滞后问题而没有可比的完成率=Concern( $t : target, $id : targetId, $f : finding, severity == Severity.AT_RISK, subjectType != SubjectType.CASCADE ) and not Progress( targetId == $id )
[then]按这条问题亮红灯=insertLogical( new Signal( $t, Light.RED, concernReason( $f ) ) );
[then]按这条问题亮黄灯=insertLogical( new Signal( $t, Light.YELLOW, concernReason( $f ) ) );

[when]某目标有可比的数值报告=Reading( $t : target, $g : goal, $r : report, reported != null, required != 0, comparator not in ( Comparator.ZERO, Comparator.MILESTONE ) ) and CheckDate( $asOf : date )
[then]算出它的完成率和序时进度=insertLogical( Progress.of( $g, $r, $asOf ) );

[when]红黄灯界限=Parameter( name == "status.red", $red : value )
[when]某目标期限前达到或超过序时进度=$p : Progress( $t : target, !due, behind <= 0 )
[when]某目标期限前落后序时进度但不超过界限=$p : Progress( $t : target, !due, behind > 0, behind <= $red )
[when]某目标期限前落后序时进度超过界限=$p : Progress( $t : target, !due, behind > $red )
[when]某目标到期已达到目标值=$p : Progress( $t : target, due, behind <= 0 )
[then]按进度亮绿灯=insertLogical( new Signal( $t, Light.GREEN, paceReason( $p ) ) );
[then]按进度亮黄灯=insertLogical( new Signal( $t, Light.YELLOW, paceReason( $p ) ) );
[then]按进度亮红灯=insertLogical( new Signal( $t, Light.RED, paceReason( $p ) ) );

[when]临近期限的提醒天数=Parameter( name == "status.due.days", $days : value )
[when]某目标最新报告写明尚未完成=CountingReport( $id : target, report.done != null, report.done == false ) and StatusSubject( targetId == $id, $t : target, $deadline : target.deadline )
[when]离期限不超过提醒天数=CheckDate( $asOf : date, daysUntil( $asOf, $deadline ) <= $days )
[then]按临近期限亮黄灯=insertLogical( new Signal( $t, Light.YELLOW, dueReason( $t, $asOf ) ) );

[when]有一个要亮灯的目标=StatusSubject( $t : target, $id : targetId )
[when]它有红灯理由=exists Signal( targetId == $id, light == Light.RED )
[when]它有黄灯理由=exists Signal( targetId == $id, light == Light.YELLOW )
[when]它有绿灯理由=exists Signal( targetId == $id, light == Light.GREEN )
[when]它没有红灯理由=not Signal( targetId == $id, light == Light.RED )
[when]它没有黄灯理由=not Signal( targetId == $id, light == Light.YELLOW )
[when]它没有任何亮灯理由=not Signal( targetId == $id )
[when]它已报送或已由统计数据算出=StatusSubject( targetId == $id, reported )
[when]它没有报送也没有统计数据=StatusSubject( targetId == $id, !reported )
[then]定为红灯=insertLogical( new TargetLight( $t, Light.RED ) );
[then]定为黄灯=insertLogical( new TargetLight( $t, Light.YELLOW ) );
[then]定为绿灯=insertLogical( new TargetLight( $t, Light.GREEN ) );
[then]定为灰灯=insertLogical( new TargetLight( $t, Light.GREY ) );
