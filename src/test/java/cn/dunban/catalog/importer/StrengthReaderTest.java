package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.dunban.catalog.Strength;
import cn.dunban.catalog.Target;

class StrengthReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            确保新增城镇就业6万人以上, BINDING
            严格控制新增债务5亿元以内, BINDING
            必须完成改造100户, BINDING
            全市粮食播种面积不低于1080万亩, BINDING
            全市年度用水总量控制在24.18亿立方米以内, BINDING
            力争产业规模突破1300亿元, ASPIRATIONAL
            争取省级企业技术创新项目100项, ASPIRATIONAL
            争创4家省级新型数据中心试点, ASPIRATIONAL
            金三星等12家企业争创省级瞪羚企业, ASPIRATIONAL
            新增省级以上创新平台60家以上, PLAIN
            特殊困难老年人家庭适老化改造不少于2000户, BINDING
            """)
    void wording(String clause, Strength strength) {
        assertThat(Fixtures.only(clause + "。").strength()).isEqualTo(strength);
    }

    @Test
    void aWordGovernsItsClauseAndItsListButNotTheNextClause() {
        assertThat(Fixtures.targets("力争新增首贷户6000家以上、上市公司3家，新增贷款100亿元。"))
                .extracting(t -> t.strength()).containsExactly(Strength.ASPIRATIONAL, Strength.ASPIRATIONAL, Strength.PLAIN);
        assertThat(Fixtures.targets("地区生产总值增长5.5%以上，力争突破6000亿元。"))
                .extracting(t -> t.strength()).containsExactly(Strength.PLAIN, Strength.ASPIRATIONAL);
    }

    @Test
    void aClauseThatOnlyContinuesTheFigureKeepsItsResolve() {
        assertThat(Fixtures.targets("力争服务面积突破10万亩，服务农户超过2万户。"))
                .extracting(t -> t.strength()).containsExactly(Strength.ASPIRATIONAL, Strength.ASPIRATIONAL);
        assertThat(Fixtures.targets("力争新增贷款100亿元，其中制造业贷款25亿元以上。"))
                .extracting(t -> t.strength()).containsExactly(Strength.ASPIRATIONAL, Strength.ASPIRATIONAL);
    }

    @Test
    void aBoundInsideAStandardBindsTheStandardWhichIsTheCommitment() {
        // the 6 estates are the scope; the standard 每百户不低于30平方米 is what is committed, and 不低于 binds it
        Target t = Fixtures.only("6处小区按照每百户不低于30平方米的要求配建养老服务设施。");
        assertThat(t.value()).isEqualTo(30.0);
        assertThat(t.strength()).isEqualTo(Strength.BINDING);
    }

    @Test
    void aBindingIndicatorBindsByItsKind() {
        assertThat(Fixtures.targets("全面完成省下达的节能减排降碳约束性指标和环境质量改善目标。"))
                .extracting(t -> t.strength()).containsExactly(Strength.BINDING, Strength.PLAIN);
    }
}
