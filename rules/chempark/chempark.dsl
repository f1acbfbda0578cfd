# 化工项目入园的规则用语：每行“[when]/[then]中文句子=规则引擎的写法”。
# 几个规则族共用的句子（依据项目所在地的…管控条款、记为违规"…"）见 ../common.dsl。
# 句子的固定部分只用汉字和半角符号（" : ,）：规则引擎会丢掉全角标点（“”，：、），写了也匹配不上。

[when]有一个新上的化工项目=$p : Project( isNew(), chemical == true, $industry : industry, $city : jurisdiction, $county : county )
[when]-不在认定的化工园区内=inChemicalPark != true
[when]该项目不属于可在园区外建设的类别=not Parameter( name == "chempark.exemptIndustries", values contains $industry )

