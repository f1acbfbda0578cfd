package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dunban.catalog.Target;

/**
 * Numbers that describe rather than commit: each goes to the review list with its reason, and the
 * commitments of the same clause are still drafted.
 */
class NotATargetTest {

    @ParameterizedTest(name = "{0}: {1} is not a target ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            实施投资500万元以上技术改造项目200个以上     | 500万元 | 规模限定语
            签约亿元以上项目300个、50亿元以上项目8个     | 50亿元  | 规模限定语
            新增营业收入过10亿元企业5家                 | 10亿元  | 过…
            提升7家化工园区承载能力                     | 7家     | 现有数量
            聚力19条核心产业链条                       | 19条    | 现有对象
            依托嘉祥县、兖州区、汶上县3个国家制种大县     | 3个     | 合计数
            做强机器人、智能终端、集成电路、北斗导航4条产业链 | 4条  | 合计数
            持续推进9个省级化工园区规范化建设            | 9个     | 既有试点或园区
            深入推进5个整县分布式光伏开发试点            | 5个     | 既有试点或园区
            加快恒信50万吨乙醇、七洲化工等项目建设        | 50万吨  | 项目或设施的规模
            力促年产3.7万吨特种纸基新材料项目竣工投产     | 3.7万吨 | 项目名称中的规模
            加快推进总投资142亿元的33个重点项目          | 142亿元 | 项目名称中的规模
            落实安全生产“八抓20条”创新举措              | 20条    | 名称
            严格落实国务院安委会15条和省委措施           | 15条    | 现有对象
            高端装备产业瞄准200亿级目标                 | 200亿级 | 级别
            9类困难群众救助保障标准提高7.5%以上          | 9类     | 类别数
            对全区现有100多家外贸企业进行摸底调研         | 100多家 | 现有对象
            力争空气质量退出全国168个城市的后20位        | 168个   | 排名的范围
            乡村振兴用地保障比例达到5%，或未达到5%则全部保障用地 | 5%   | 条件从句
            评选15个市级激励乡镇，分别奖励50万元          | 50万元  | 奖励
            将低保标准提高5%以上(含5%)                  | 5%     | 注释
            6处小区按照每百户不低于30平方米的要求配建设施   | 6处     | 范围
            """)
    void describedNotCommitted(String clause, String number, String reason) {
        List<ReviewLine> review = Fixtures.review(clause + "。");
        assertThat(review).anySatisfy(r -> {
            assertThat(r.reason()).endsWith("：" + number).contains(reason);
            assertThat(r.task()).isEqualTo(1);
        });
        List<Target> targets = Fixtures.targets(clause + "。");
        assertThat(targets).noneSatisfy(t -> assertThat(t.text()).isEqualTo(number));
    }

    @Test
    void aStandardToMeetIsTheCommitmentAndANumberJoinedToStrongEnterpriseIsASum() {
        // JNETDZ2023-61-2: 不低于 binds the standard; YZ2025-2-10: 创50亿强企 is 50亿元 of revenue
        assertThat(Fixtures.targets("6处在建小区按照每百户不低于30平方米的要求配建养老服务设施。"))
                .extracting(Target::value, Target::unit, Target::strength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30.0, "平方米", cn.dunban.catalog.Strength.BINDING));
        assertThat(Fixtures.targets("支持益海嘉里创50亿强企。"))
                .extracting(Target::value, Target::unit).containsExactly(org.assertj.core.groups.Tuple.tuple(50.0, "亿元"));
    }

    @Test
    void theCommitmentsBesideAQualifierAreKept() {
        assertThat(Fixtures.targets("签约亿元以上项目300个、50亿元以上项目8个。"))
                .extracting(Target::value).containsExactly(300.0, 8.0);
        assertThat(Fixtures.targets("实施投资500万元以上技术改造项目200个以上。"))
                .extracting(Target::value).containsExactly(200.0);
    }

    @Test
    void namesGluedToLettersAreNotQuantities() {
        assertThat(Fixtures.only("新建5G基站2600个以上。").value()).isEqualTo(2600.0);
        // "S104" is a road's name, not 104 of anything: the clause is an event (开工), not a quantity
        assertThat(Fixtures.targets("推动兖郓高速、S104济微线中修工程开工建设。"))
                .extracting(Target::comparator, Target::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(cn.dunban.catalog.Comparator.MILESTONE, null));
        assertThat(Fixtures.targets("全力推进时代绿能1.1GW大型光伏建设。")).isEmpty();
    }

    @Test
    void actionsWithoutANumberOrAnEventAreNotTargets() {
        assertThat(Fixtures.targets("推进中科院过程所等大院大所在我市实体化运作。")).isEmpty();
        assertThat(Fixtures.targets("配合市本级完成星级智慧城市建设任务。")).isEmpty();
        assertThat(Fixtures.targets("对完成整治的城市建成区黑臭水体巩固整治成效。")).isEmpty();
    }

    @Test
    void anEventInAnAnnualPlanIsDueAtTheYearsEnd() {
        // 通航、获批 without a date: in a plan for 2023 they are due on 2023-12-31; 争取 aspires
        assertThat(Fixtures.targets("实现济宁新机场迁建通航，争取济宁高新保税物流中心获批。"))
                .extracting(Target::comparator, Target::deadline, Target::strength).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(cn.dunban.catalog.Comparator.MILESTONE,
                                java.time.LocalDate.of(2023, 12, 31), cn.dunban.catalog.Strength.PLAIN),
                        org.assertj.core.groups.Tuple.tuple(cn.dunban.catalog.Comparator.MILESTONE,
                                java.time.LocalDate.of(2023, 12, 31), cn.dunban.catalog.Strength.ASPIRATIONAL));
        assertThat(Fixtures.only("县级综合医院全部达到“优秀”等次。"))
                .extracting(Target::comparator, Target::value, Target::unit)
                .containsExactly(cn.dunban.catalog.Comparator.GE, 100.0, "%");
        assertThat(Fixtures.only("争取实现整体医疗服务能力全省前三。"))
                .extracting(Target::comparator, Target::value, Target::unit, Target::strength)
                .containsExactly(cn.dunban.catalog.Comparator.LE, 3.0, "名", cn.dunban.catalog.Strength.ASPIRATIONAL);
    }

    @Test
    void aUnitTheCatalogCannotReadLeavesTheUnitEmptyAndSaysSo() {
        Target t = Fixtures.only("年旅客周转量突破3亿人公里。");
        assertThat(t.value()).isEqualTo(3.0);
        assertThat(t.unit()).isNull();
        assertThat(Fixtures.review("年旅客周转量突破3亿人公里。"))
                .anySatisfy(r -> assertThat(r.reason()).contains("亿人公里").contains("无法解析"));
    }

    @Test
    void freightTurnoverIsAUnitOfItsOwn() {
        assertThat(Fixtures.only("年货运周转量突破54亿吨公里。").unit()).isEqualTo("亿吨公里");
    }

    @Test
    void aRatioUnitIsNotReadAsMoney() {
        Target t = Fixtures.only("农业水价综合改革后平均水价不超过0.3元/立方米。");
        assertThat(t.unit()).isNull();
        assertThat(t.value()).isEqualTo(0.3);
    }

    @Test
    void aCountInChineseNumeralsIsFlaggedNotGuessed() {
        assertThat(Fixtures.targets("新建院士工作站两家。")).isEmpty();
        assertThat(Fixtures.review("新建院士工作站两家。"))
                .anySatisfy(r -> assertThat(r.reason()).contains("中文数字").contains("两家"));
    }
}
