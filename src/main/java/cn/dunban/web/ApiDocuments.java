package cn.dunban.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The facts and findings documents as the OpenAPI description shows them ({@code /v3/api-docs}), field by
 * field, with the meaning docs/facts.md and docs/findings.md give each field. Nothing reads or writes these
 * records: the service takes the request body as bytes for {@code FactsReader}, which locates every error by
 * line and column, and answers the bytes {@code JsonRenderer} wrote. They exist so that a client sees the
 * documents' shape in Swagger UI and can generate code from it.
 */
final class ApiDocuments {

    private ApiDocuments() {
    }

    @Schema(name = "Facts", description = "事实文件：报告、下达指标、项目、能源统计。各列表均可省略；顶层不认识的字段会被拒绝。")
    record Facts(
            @Schema(description = "数据截至日期；报告未写 asOf 时用它，未给检查日期时也用它", format = "date", example = "2023-09-30")
            LocalDate asOf,
            @Schema(description = "完成情况报告") List<ReportEntry> reports,
            @Schema(description = "上级下达的目标值（文件中没有数字的目标）") List<AssignmentEntry> assignments,
            @Schema(description = "项目：“两高”、化工、“三高”项目") List<ProjectEntry> projects,
            @Schema(description = "能源消费与地区生产总值统计") List<EnergyEntry> energy) {
    }

    @Schema(name = "FactsReport", description = "一份完成情况报告。用 target 指明目标，或用 document + task + indicator；"
            + "至少有 value 或 done 之一。")
    record ReportEntry(
            @Schema(description = "目标编号 {文件代码}-{任务}-{序号}", example = "JN2023-74-1") String target,
            @Schema(description = "文件代码（不写 target 时）", example = "JN2023") String document,
            @Schema(description = "任务序号（不写 target 时）", example = "30") Integer task,
            @Schema(description = "指标名称或条文中的一段文字，须在该任务内恰好对上一个目标", example = "绿色建筑占比") String indicator,
            @Schema(description = "数据截至日期；累计类目标报截至该日的累计数，水平类报该日的水平", format = "date",
                    example = "2023-09-30") LocalDate asOf,
            @Schema(description = "完成值，单位见 unit；增长、下降类目标为百分率", example = "5.1") Double value,
            @Schema(description = "value 的单位；同量纲自动换算（67000 人 = 6.7 万人），不同量纲拒绝", example = "万人") String unit,
            @Schema(description = "是否完成，用于获批、建成、投产等节点性目标") Boolean done,
            @Schema(description = "报送单位", example = "市人力资源社会保障局") String reporter) {
    }

    @Schema(name = "FactsAssignment", description = "上级下达的目标值，指明目标的写法同报告")
    record AssignmentEntry(
            @Schema(description = "目标编号") String target,
            @Schema(description = "文件代码", example = "YZ2025") String document,
            @Schema(description = "任务序号", example = "44") Integer task,
            @Schema(description = "指标名称或条文中的一段文字", example = "煤炭消费压减") String indicator,
            @Schema(description = "下达的目标值", requiredMode = Schema.RequiredMode.REQUIRED, example = "12.5") Double value,
            @Schema(description = "单位；目标有单位时必填并按目标单位换算", example = "万吨") String unit,
            @Schema(description = "下达来源", example = "市下达") String source) {
    }

    @Schema(name = "FactsProject", description = "一个项目")
    record ProjectEntry(
            @Schema(description = "项目编号", requiredMode = Schema.RequiredMode.REQUIRED, example = "P-001") String id,
            @Schema(description = "项目名称", example = "某焦化项目") String name,
            @Schema(description = "所在市", example = "济宁市") String jurisdiction,
            @Schema(description = "所在县级区域", example = "邹城市") String county,
            @Schema(description = "行业，按“两高”目录的叫法", example = "焦化") String industry,
            @Schema(description = "阶段", allowableValues = {"新上", "技改", "在建", "投产"}) String stage,
            @Schema(description = "是否已履行窗口指导") Boolean windowGuidance,
            @Schema(description = "是否已取得节能审查意见") Boolean energyReview,
            @Schema(description = "是否为化工项目") Boolean chemical,
            @Schema(description = "是否位于认定的化工园区（含专业化工园区、化工重点监控点）") Boolean inChemicalPark,
            @Schema(description = "是否属于高污染、高耗水、高耗能（“三高”）项目") Boolean threeHigh,
            @Schema(description = "五个减量替代比例（被替代量∶新增量）") ReplacementEntry replacement) {
    }

    @Schema(name = "FactsReplacement", description = "减量替代比例，1.25 即 1.25∶1；未填的比例按未达到处理")
    record ReplacementEntry(
            @Schema(description = "产能", example = "1.25") Double capacity,
            @Schema(description = "煤耗", example = "1.2") Double coal,
            @Schema(description = "能耗", example = "1.2") Double energy,
            @Schema(description = "碳排放", example = "1.0") Double carbon,
            @Schema(description = "污染物排放", example = "1.0") Double pollutant) {
    }

    @Schema(name = "FactsEnergy", description = "一个行政区一年（或年内截至某日）的能源统计")
    record EnergyEntry(
            @Schema(description = "行政区", requiredMode = Schema.RequiredMode.REQUIRED, example = "兖州区") String jurisdiction,
            @Schema(description = "统计年度", requiredMode = Schema.RequiredMode.REQUIRED, example = "2025") Integer year,
            @Schema(description = "地区生产总值（可比价），大于 0", requiredMode = Schema.RequiredMode.REQUIRED, example = "848")
            Double gdp,
            @Schema(description = "gdp 的单位", defaultValue = "亿元") String gdpUnit,
            @Schema(description = "能源消费总量", requiredMode = Schema.RequiredMode.REQUIRED, example = "415") Double energy,
            @Schema(description = "energy 的单位", defaultValue = "万吨标准煤") String energyUnit,
            @Schema(description = "新增可再生能源消费（同 energyUnit）；是否扣除是规则参数") Double renewableExcluded,
            @Schema(description = "原料用能（同 energyUnit），本年和上年都扣除（发改环资〔2022〕803号）") Double feedstockExcluded,
            @Schema(description = "年内数据的截至日期，须在 year 年内；不填为全年数据", format = "date") LocalDate asOf,
            @Schema(description = "煤炭消费量") Double coal,
            @Schema(description = "coal 的单位", defaultValue = "万吨") String coalUnit) {
    }

    @Schema(name = "Findings", description = "检查结果：问题清单，严重的在前")
    record Findings(
            @Schema(description = "检查日期", format = "date", example = "2023-09-30") LocalDate asOf,
            @Schema(description = "规则库版本（规则文件内容哈希）", example = "cc4c7df5d7d0") String rulebase,
            @Schema(description = "各严重程度的问题条数，如 {\"VIOLATION\": 3, \"MISSING_REPORT\": 40}")
            Map<Severity, Integer> summary,
            @Schema(description = "问题列表") List<Finding> findings) {
    }

    @Schema(name = "Finding", description = "一个问题")
    record Finding(
            @Schema(description = "严重程度：VIOLATION 违规、WARNING 预警、AT_RISK 进度滞后、MISSING_REPORT 未报送、INFO 提示")
            Severity severity,
            @Schema(description = "判定它的规则编号（规则文件中的 @id）", example = "coverage-100") String rule,
            @Schema(description = "问题对象的类型") SubjectType subjectType,
            @Schema(description = "目标编号、项目编号、行政区名称，或下级目标编号（CASCADE）", example = "JN2023-30-2") String subject,
            @Schema(description = "文件代码", example = "JN2023") String document,
            @Schema(description = "任务序号", example = "30") Integer task,
            @Schema(description = "行政区", example = "济宁市") String jurisdiction,
            @Schema(description = "牵头单位") List<String> leadUnits,
            @Schema(description = "问题说明", example = "城镇新建民用建筑中绿色建筑占比98.5%，未达到100%") String message,
            @Schema(description = "判定依据的数据：reported 报送值、required 应达值、expected 序时应达值、unit、asOf 等")
            Map<String, Object> evidence,
            @Schema(description = "出处：文件、任务与原文条款") Citation citation) {
    }

    @Schema(name = "Citation", description = "问题的出处")
    record Citation(
            @Schema(description = "文件代码", example = "JN2023") String document,
            @Schema(description = "任务序号", example = "30") Integer task,
            @Schema(description = "原文条款，逐字摘录", example = "城镇新建民用建筑中绿色建筑占比达到100%") String text) {
    }
}
