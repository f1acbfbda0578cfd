package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Target;

/** The contract's wording table (§2), read the Civil Code's way (以上/以下/以内 include the number). */
class ComparatorWordingTest {

    @ParameterizedTest(name = "{0} → {1} {2}{3}")
    @CsvSource(delimiter = '|', textBlock = """
            新增省级以上创新平台60家以上            | GE     | 60     | 家
            全市粮食播种面积不低于1080万亩          | GE     | 1080   | 万亩
            特殊困难老年人家庭适老化改造不少于2000户 | GE     | 2000   | 户
            城镇新建民用建筑中绿色建筑占比达到100%   | GE     | 100    | %
            国家高新技术企业400家                  | GE     | 400    | 家
            全市能繁母猪保持在16.38万头以上         | GE     | 16.38  | 万头
            全市至少建成运行1座建筑垃圾资源化利用设施 | GE     | 1      | 座
            有研发活动企业超过1200家               | GT     | 1200   | 家
            港口货物吞吐量突破6500万吨             | GT     | 6500   | 万吨
            服务科技中小企业突破1000家以上          | GE     | 1000   | 家
            力争为400余家企业提供服务              | GT     | 400    | 家
            全市年度用水总量控制在24.18亿立方米以内  | LE     | 24.18  | 亿立方米
            新增债务不超过5亿元                    | LE     | 5      | 亿元
            不良贷款率在2%以下                     | LE     | 2      | %
            城镇调查失业率低于5.5%                 | LT     | 5.5    | %
            万元GDP能耗不满0.5吨标准煤             | LT     | 0.5    | 吨标准煤
            实施500个左右绿色低碳高质量发展重点项目  | APPROX | 500    | 个
            完成生态地质调查面积约1000平方公里       | APPROX | 1000   | 平方公里
            大安机场通航城市增至30个               | GE     | 30     | 个
            """)
    void wording(String clause, Comparator comparator, double value, String unit) {
        Target t = Fixtures.only(clause + "。");
        assertThat(t.comparator()).isEqualTo(comparator);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0} → RANGE {1}–{2}{3}")
    @CsvSource(delimiter = '|', textBlock = """
            全人群和重点人群总体签约率提升1—3个百分点 | 1   | 3 | 个百分点
            固定资产投资增长4.5%—5%                | 4.5 | 5 | %
            支持县区打造2—3个乡村振兴示范片区        | 2   | 3 | 个
            """)
    void ranges(String clause, double low, double high, String unit) {
        Target t = Fixtures.only(clause + "。");
        assertThat(t.comparator()).isEqualTo(Comparator.RANGE);
        assertThat(t.value()).isEqualTo(low);
        assertThat(t.valueMax()).isEqualTo(high);
        assertThat(t.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0} → ZERO")
    @CsvSource(textBlock = """
            确保“零就业”家庭动态清零
            全面消除“一星村”和重点整治村
            确保不发生区域性系统性风险
            全面淘汰国三及以下非营运柴油货车
            """)
    void zero(String clause) {
        Target t = Fixtures.only(clause + "。");
        assertThat(t.comparator()).isEqualTo(Comparator.ZERO);
        assertThat(t.value()).isEqualTo(0.0);
        assertThat(t.unit()).isNull();
    }

    @ParameterizedTest(name = "{0} → MILESTONE {1}")
    @CsvSource(delimiter = '|', textBlock = """
            年内建成济宁大道东连接线                          | 2023-12-31
            争取6月底前推动市县国土空间总体规划获批             | 2023-06-30
            力促一期项目上半年投产运营                         | 2023-06-30
            力争年内第一艘新能源船舶制造下线试航                | 2023-12-31
            一季度开工建设物流园二期                          | 2023-03-31
            """)
    void datedEvents(String clause, String deadline) {
        Target t = Fixtures.only(clause + "。");
        assertThat(t.comparator()).isEqualTo(Comparator.MILESTONE);
        assertThat(t.value()).isNull();
        assertThat(t.unit()).isNull();
        assertThat(t.deadline()).hasToString(deadline);
    }
}
