package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Strength;
import cn.dunban.catalog.Target;

/**
 * Decisions the catalog curators made by hand where the importer's first draft differed; each is now a
 * rule of the importer, written generically. The curated entry is named in each test.
 */
class CuratorDecisionsTest {

    @Test
    void theFirstHundredItemsAreACountNotARank() {
        // JN2023-66-2, HZ2023-60-3, JNETDZ2023-47-2: GE 100 项 by year end
        Target t = Fixtures.only("年底前实现使用频率最高的前100项电子证照证明在政务服务、社会生活场景中全面应用。");
        assertThat(t.comparator()).isEqualTo(Comparator.GE);
        assertThat(t.value()).isEqualTo(100.0);
        assertThat(t.unit()).isEqualTo("项");
    }

    @Test
    void leavingTheBottomTwentyIsBetterThanTwentieth() {
        // HZ2023-38-1: GT 20 位 (and 168个城市 is the field, not a target)
        Target t = Fixtures.only("力争空气质量稳定退出全国168个城市的后20位。");
        assertThat(t.comparator()).isEqualTo(Comparator.GT);
        assertThat(t.value()).isEqualTo(20.0);
        assertThat(t.unit()).isEqualTo("位");
    }

    @Test
    void enteringTheTopFiveIsAtMostFifth() {
        // YZ2025-48-4: LE 5 名, the unit 名 understood
        List<Target> ts = Fixtures.targets("中考综合评价进入全市前5、优秀率前进2个位次。");
        assertThat(ts).extracting(Target::comparator, Target::value, Target::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Comparator.LE, 5.0, "名"),
                        org.assertj.core.groups.Tuple.tuple(Comparator.GE, 2.0, "个"));
    }

    @Test
    void keepSecondStriveForFirstIsTwoRanks() {
        // YZ2025-23-4, 23-5
        assertThat(Fixtures.targets("在全市开发区考核中保二争一。"))
                .extracting(Target::comparator, Target::value, Target::unit, Target::strength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Comparator.LE, 2.0, "名", Strength.BINDING),
                        org.assertj.core.groups.Tuple.tuple(Comparator.LE, 1.0, "名", Strength.ASPIRATIONAL));
    }

    @Test
    void moreThanANumberIsGreaterThanIt() {
        // HZ2023-18-1 (400余家), JNETDZ2023-13-3 (20余家): GT
        Target t = Fixtures.only("推动神力索具、金牛重工等20余家企业实施技改扩规。");
        assertThat(t.comparator()).isEqualTo(Comparator.GT);
        assertThat(t.value()).isEqualTo(20.0);
    }

    @Test
    void aFractionIsAShareInPercentRoundedToKeepTheBound() {
        // JNETDZ2023-44-1, 44-2: GE 33.33 %, GE 66.66 % (2/3 rounded down so that exactly 2/3 passes)
        assertThat(Fixtures.targets("全区不低于1/3的村建成“三星村”，不低于2/3的村建成“二星村”。"))
                .extracting(Target::comparator, Target::value, Target::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Comparator.GE, 33.33, "%"),
                        org.assertj.core.groups.Tuple.tuple(Comparator.GE, 66.66, "%"));
    }

    @Test
    void finishingANamedWorkInFullIsAMilestone() {
        // JN2023-34-4, JNETDZ2023-28-2
        Target t = Fixtures.only("全面完成“两清零一提标”。");
        assertThat(t.comparator()).isEqualTo(Comparator.MILESTONE);
        assertThat(t.deadline()).hasToString("2023-12-31");
    }

    @Test
    void aComparisonWithABenchmarkHasNoValueOfItsOwn() {
        // JN2023-16-1 GT, JN2023-74-4 GE, JN2023-79-2 LT, HZ2023-63-1 GT, YZ2025-0-6 GE
        assertThat(Fixtures.only("确保攀登企业贷款增幅高于制造业贷款增幅。")).satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Comparator.GT);
            assertThat(t.value()).isNull();
        });
        assertThat(Fixtures.only("确保居民人均可支配收入增速不低于经济增速。").comparator()).isEqualTo(Comparator.GE);
        assertThat(Fixtures.only("城乡低保标准之比与上年度相比进一步缩小。").comparator()).isEqualTo(Comparator.LT);
        assertThat(Fixtures.only("2023年，全市机电及高新技术产品出口增幅高于全市平均水平。").comparator())
                .isEqualTo(Comparator.GT);
        assertThat(Fixtures.only("城乡居民收入增长与经济增长同步。").comparator()).isEqualTo(Comparator.GE);
        // a description, not a commitment (HZ2023 task 20 has no target for it)
        assertThat(Fixtures.targets("构建高速公路网，路网密度高于全省平均水平。")).isEmpty();
    }

    @Test
    void anAnnualPlanToFinishHasNoValueOfItsOwn() {
        // JN2023-15-2, JNETDZ2023-13-2
        Target t = Fixtures.only("确保省级重点项目及市级重点产业项目完成年度投资计划。");
        assertThat(t.comparator()).isEqualTo(Comparator.GE);
        assertThat(t.value()).isNull();
        assertThat(t.strength()).isEqualTo(Strength.BINDING);
    }

    @Test
    void eachIndicatorListedGetsItsOwnTargetWithItsOwnDirection() {
        // JN2023-34-2 LT / 34-3 GT (超额完成: more than the assigned figure); YZ2025-37-2 LE, 37-3 GE, 37-4 LE
        assertThat(Fixtures.targets("确保全市PM2.5浓度、优良率超额完成省定目标。"))
                .extracting(Target::comparator).containsExactly(Comparator.LT, Comparator.GT);
        assertThat(Fixtures.targets("确保PM_{2.5}年均浓度、空气质量优良率、重污染天数完成改善目标。"))
                .extracting(Target::comparator).containsExactly(Comparator.LE, Comparator.GE, Comparator.LE);
        // JN2023-16-4, 16-5: two assignments arrive, both amounts of reduction (GE)
        assertThat(Fixtures.targets("在确保完成省定能耗强度降低和煤炭消费压减任务目标的基础上，保障用能。"))
                .extracting(Target::comparator, Target::indicator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Comparator.GE, "能耗强度降低"),
                        org.assertj.core.groups.Tuple.tuple(Comparator.GE, "煤炭消费压减"));
    }

    @Test
    void oneFigureForEachItemListedIsATargetPerItem() {
        // JN2023-45-2..5: 各1家 → four targets; JN2023-34-6, 34-7: two shares of 100%
        assertThat(Fixtures.targets("创建省级全域旅游示范区、夜间文旅消费集聚区、旅游民宿集聚区、文化产业示范园区各1家。"))
                .hasSize(4).allSatisfy(t -> assertThat(t.value()).isEqualTo(1.0));
        assertThat(Fixtures.targets("实现农用地、建设用地100%安全利用。"))
                .extracting(Target::indicator).containsExactly("农用地", "建设用地");
        // …but a list of kinds before a count is one target (JN2023-3-2)
        assertThat(Fixtures.targets("新培育省级以上单项冠军、专精特新、瞪羚企业100家以上。")).hasSize(1);
    }

    @Test
    void oneClearanceForEachThingListed() {
        // JN2023-52-3, 52-4: “清零” in quotes is emphasis, not a name
        assertThat(Fixtures.targets("实现全市域建成区合流制管网、黑臭水体“清零”。"))
                .extracting(Target::comparator).containsExactly(Comparator.ZERO, Comparator.ZERO);
        // HZ2023-45-1: one clearance; "即知即改" is a verb, not a second thing
        assertThat(Fixtures.targets("对新排查出的城市黑臭水体即知即改、动态清零。")).hasSize(1);
        // HZ2023 task 45: speeding a clearance up commits to nothing
        assertThat(Fixtures.targets("加快整县制雨污合流管网清零。")).isEmpty();
    }

    @Test
    void anAmountInChineseNumeralsIsRead() {
        // YZ2025-1-1 GE 1000 亿元; YZ2025-34-6 GE 1 亿元
        assertThat(Fixtures.only("年内工业营收创千亿。")).satisfies(t -> {
            assertThat(t.value()).isEqualTo(1000.0);
            assertThat(t.unit()).isEqualTo("亿元");
        });
        assertThat(Fixtures.targets("力争蝴蝶兰瓶苗年产量突破1000万株、营收创亿元。"))
                .extracting(Target::value, Target::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1000.0, "万株"),
                        org.assertj.core.groups.Tuple.tuple(1.0, "亿元"));
    }

    @Test
    void aMoneyUnitLeftOutIsUnderstoodFromTheSentence() {
        // YZ2025-1-2: GT 2000 亿元 by 2027 (3年左右 counting 2025)
        List<Target> ts = new DocumentImporter().read(Fixtures.task("年内工业营收创千亿,力争3年左右突破2000亿。"),
                "T", "兖州区", 2025).catalog().targets();
        assertThat(ts).extracting(Target::comparator, Target::value, Target::unit, t -> t.deadline().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Comparator.GE, 1000.0, "亿元", "2025-12-31"),
                        org.assertj.core.groups.Tuple.tuple(Comparator.GT, 2000.0, "亿元", "2027-12-31"));
    }

    @Test
    void aWaterQualityClassIsAnUpperBound() {
        // YZ2025-38-1: LE 3 类
        Target t = Fixtures.only("确保国、省控断面水质稳定达到地表Ⅲ类水标准。");
        assertThat(t.comparator()).isEqualTo(Comparator.LE);
        assertThat(t.value()).isEqualTo(3.0);
        assertThat(t.unit()).isEqualTo("类");
    }

    @Test
    void aSecondEventOfADatedSentenceSharesItsTimeAndResolve() {
        // JNETDZ2023-14-1, 14-2 (both ASPIRATIONAL); HZ2023-60-2 (全覆盖 dated by 年内)
        assertThat(Fixtures.targets("年内力争山东光大线路、神力索具完成股改，海推重工实现新三板挂牌。"))
                .extracting(Target::comparator, Target::strength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Comparator.MILESTONE, Strength.ASPIRATIONAL),
                        org.assertj.core.groups.Tuple.tuple(Comparator.MILESTONE, Strength.ASPIRATIONAL));
        assertThat(Fixtures.targets("年内推动50个政务服务事项“县乡通办”，实现全市乡镇（街道）全覆盖。"))
                .extracting(Target::comparator).containsExactly(Comparator.GE, Comparator.MILESTONE);
    }

    @Test
    void existingPilotsAreScopeButAreasToRenewAreTargets() {
        // JN2024-5-5 GE 29 个 vs HZ2023 task 16 (9个省级化工园区, no target)
        assertThat(Fixtures.only("持续推进29个片区更新。").value()).isEqualTo(29.0);
        assertThat(Fixtures.targets("持续推进9个省级化工园区规范化建设。")).isEmpty();
        assertThat(Fixtures.targets("因地制宜抓好7处镇街小微产业园建设。")).isEmpty();
    }

    @Test
    void takingPartInListedEventsIsACommitment() {
        // HZ2023-64-1: GE 3 个 although the three are listed
        assertThat(Fixtures.only("积极参与省主办的日本、韩国、RCEP区域3个进口博览会。").value()).isEqualTo(3.0);
    }

    @Test
    void supportingOrStrengtheningAnExistingSetIsScope() {
        // YZ2025 task 16 and 42: no targets for these
        assertThat(Fixtures.targets("帮扶226家服务业企业加快发展。")).isEmpty();
        assertThat(Fixtures.targets("强化21条河道\"清四乱\"。")).isEmpty();
    }

    @Test
    void assistingTheLevelAboveIsNotOwnTarget() {
        // JNETDZ2023 task 39: no target
        assertThat(Fixtures.targets("配合市本级完成星级智慧城市建设任务。")).isEmpty();
    }

    @Test
    void aStrengthWordIsNotCarriedToAClauseWithWorkOfItsOwn() {
        // HZ2023 task 41: only the 控制在 clause binds
        assertThat(Fixtures.targets("全市年度用水总量控制在24.18亿立方米以内，非常规水源利用量达到0.9亿立方米以上。"))
                .extracting(Target::strength).containsExactly(Strength.BINDING, Strength.PLAIN);
    }
}
