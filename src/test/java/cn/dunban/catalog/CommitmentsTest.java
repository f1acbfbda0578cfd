package cn.dunban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentsTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            争取实现整体医疗服务能力全省前三     | RANK   | 前三
            省级以上开发区全部实现位次前移       | ALL    | 全部
            中考优秀率前进2个位次                | RANK   | 位次
            实现国家卫生乡镇全覆盖               | ALL    | 全覆盖
            益海嘉里创50亿强企                   | JOINED | 50亿
            实现济宁新机场迁建通航               | EVENT  | 通航
            力促铭元达激光非标自动化项目竣工投产 | EVENT  | 竣工
            完成成武港安济河作业区建设           | EVENT  | 完成
            开工建设韩庄港                       | EVENT  | 开工
            """)
    void findsEachKind(String text, Commitments.Kind kind, String match) {
        assertThat(Commitments.find(text)).extracting(Commitments.Commitment::kind, Commitments.Commitment::match)
                .contains(org.assertj.core.groups.Tuple.tuple(kind, match));
    }

    @ParameterizedTest(name = "{0}：不是承诺")
    @CsvSource(delimiter = '|', textBlock = """
            对完成整治的城市建成区黑臭水体巩固整治成效
            深化领导包保、月度通报、专班会商、集中开工、现场观摩等项目管理机制
            抢抓山东天然气环网南干线投产机遇
            新增贷款1000亿元以上
            年底前实现使用频率最高的前100项电子证照证明全面应用
            """)
    void leavesOutWhatOnlyLooksLikeACommitment(String text) {
        List<Commitments.Commitment> found = Commitments.find(text);
        assertThat(found).extracting(Commitments.Commitment::kind).doesNotContain(Commitments.Kind.EVENT,
                Commitments.Kind.RANK, Commitments.Kind.JOINED);
    }
}
