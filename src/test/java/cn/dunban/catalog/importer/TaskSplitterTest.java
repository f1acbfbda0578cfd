package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.importer.Block.Kind;

class TaskSplitterTest {

    private static List<Block> blocks(String doc) {
        return TaskSplitter.split(new TextCleaner().clean(doc)).blocks();
    }

    private static List<Block> tasks(String doc) {
        return blocks(doc).stream().filter(b -> b.kind() == Kind.TASK).toList();
    }

    @Test
    void numberedTasksInEveryCommonStyle() {
        assertThat(tasks("1. 甲。\n2．乙。\n3、丙。")).extracting(Block::task).containsExactly(1, 2, 3);
        assertThat(tasks("（1）甲。\n（2）乙。")).extracting(Block::task).containsExactly(1, 2);
        assertThat(tasks("1 加力推进制造强市\n\n做强产业链条。\n\n2 加力推进科技创新\n\n培优做强创新主体。"))
                .extracting(Block::heading).containsExactly("加力推进制造强市", "加力推进科技创新");
    }

    @Test
    void aLineBrokenBeforeANumberDoesNotOpenATask() {
        List<Block> ts = tasks("1. 突破关键技术。实施科技示范项目\n\n10 项以上，争取技术创新项目\n\n2 项。\n2. 培育创新主体。");
        assertThat(ts).extracting(Block::task).containsExactly(1, 2);
        assertThat(ts.get(0).body().text()).isEqualTo("突破关键技术。实施科技示范项目10项以上，争取技术创新项目2项。");
    }

    @Test
    void aNumberedSubListInsideATaskIsNotATask() {
        // tasks are "1." style; a "（2）" inside task 1 is a sub-item even though 2 comes next
        assertThat(tasks("1. 甲。（1）子一；\n（2）子二。\n2. 乙。")).extracting(Block::task).containsExactly(1, 2);
    }

    @Test
    void titleIsTheTextUpToTheFirstStopOrComma() {
        assertThat(tasks("1. 搭建创新平台。推动兖矿能源争创国家重点实验室。")).extracting(Block::heading)
                .containsExactly("搭建创新平台");
        assertThat(tasks("1.围绕打造三个千亿级产业集群目标,实施工业经济倍增计划。")).extracting(Block::heading)
                .containsExactly("围绕打造三个千亿级产业集群目标");
    }

    @Test
    void sectionHeadingsCloseTasks() {
        List<Block> bs = blocks("一、聚力创新驱动\n\n1. 甲。\n\n二、聚力新旧动能转换\n\n2. 乙。");
        assertThat(tasks("一、聚力创新驱动\n\n1. 甲。\n\n二、聚力新旧动能转换\n\n2. 乙。"))
                .extracting(b -> b.body().text()).containsExactly("甲。", "乙。");
        assertThat(bs).filteredOn(b -> b.kind() == Kind.TASK).extracting(Block::section)
                .containsExactly("聚力创新驱动", "聚力新旧动能转换");
    }

    @Test
    void aTaskGluedToItsSectionHeadingIsFound() {
        List<Block> ts = tasks("1.拓展服务消费。\n\n五、聚焦深化改革 强力突破 2.更大力度引进利用外资,力争实际利用外资1亿美元。");
        assertThat(ts).extracting(Block::task).containsExactly(1, 2);
        assertThat(ts.get(1).body().text()).startsWith("更大力度引进利用外资");
    }

    @Test
    void aMainTargetsBlockIsTaskZeroAndAReviewIsSkipped() {
        List<Block> bs = blocks("""
                2023年 工作回顾

                经济运行量质齐升

                预计完成地区生产总值**5600**亿元、增长**6.5%**。

                2024年 工作安排

                1 加力推进制造强市

                年内实施**1000**个技改项目。

                经济社会主要预期目标

                - ◆地区生产总值增长**5.5%**以上
                - ◆一般公共预算收入增长**5%**以上

                2 加力推进乡村振兴

                新建高标准农田**40**万亩。
                """);
        assertThat(bs).extracting(Block::kind).containsSubsequence(Kind.REVIEW, Kind.TASK, Kind.GOALS, Kind.TASK);
        Block goals = bs.stream().filter(b -> b.kind() == Kind.GOALS).findFirst().orElseThrow();
        // bullets become separate items, not one run-on clause
        assertThat(goals.body().text()).isEqualTo("地区生产总值增长5.5%以上\n一般公共预算收入增长5%以上");
    }

    @Test
    void aNumberedMainTargetsSectionIsTaskZero() {
        List<Block> bs = blocks("一、2025年主要预期目标\n\nGDP 增长 6%。\n\n二、聚焦制造强区\n\n1.做强产业。");
        assertThat(bs).extracting(Block::kind).containsSubsequence(Kind.GOALS, Kind.TASK);
        assertThat(bs.get(0).body().text()).isEqualTo("GDP增长6%。");
    }

    @Test
    void theFooterEndsTheLastTask() {
        List<Block> ts = tasks("1. 甲。新增10家。\n\n抄送：市委各部门，市人大常委会办公室。\n\n2023年4月24日印发");
        assertThat(ts).singleElement().satisfies(b -> assertThat(b.body().text()).isEqualTo("甲。新增10家。"));
    }

    @Test
    void aSkippedTaskNumberIsNotedForReview() {
        TaskSplitter.Outline o = TaskSplitter.split(new TextCleaner().clean("1. 甲。\n3. 丙。"));
        assertThat(o.blocks()).filteredOn(b -> b.kind() == Kind.TASK).extracting(Block::task).containsExactly(1, 3);
        assertThat(o.notes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("跳号"));
    }

    @Test
    void numberingThatRestartsInEachSectionRunsOn() {
        TaskSplitter.Outline o = TaskSplitter.split(new TextCleaner().clean(
                "一、创新\n\n1. 甲。\n2. 乙。\n\n二、产业\n\n1. 丙。\n2. 丁。"));
        assertThat(o.blocks()).filteredOn(b -> b.kind() == Kind.TASK).extracting(Block::task, Block::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "甲"), org.assertj.core.groups.Tuple.tuple(2, "乙"),
                        org.assertj.core.groups.Tuple.tuple(3, "丙"), org.assertj.core.groups.Tuple.tuple(4, "丁"));
        assertThat(o.notes()).anySatisfy(n -> assertThat(n.reason()).contains("重新从1开始"));
    }

    @Test
    void withoutArabicNumbersTheSubSectionsAreTheTasks() {
        TaskSplitter.Outline o = TaskSplitter.split(new TextCleaner().clean(
                "一、创新\n\n（一）搭建创新平台。新增10家。\n（二）培育主体。新增20家。\n\n二、产业\n\n（一）做强集群。新增30家。"));
        assertThat(o.blocks()).filteredOn(b -> b.kind() == Kind.TASK).extracting(Block::task, Block::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "搭建创新平台"),
                        org.assertj.core.groups.Tuple.tuple(2, "培育主体"), org.assertj.core.groups.Tuple.tuple(3, "做强集群"));
        assertThat(o.notes()).anySatisfy(n -> assertThat(n.reason()).contains("（一）"));
    }
}
