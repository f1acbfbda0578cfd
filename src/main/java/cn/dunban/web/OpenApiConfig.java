package cn.dunban.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The OpenAPI description springdoc generates from the controllers ({@code /v3/api-docs}, Swagger UI), with
 * the facts and findings documents field by field ({@link ApiDocuments}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "dunban 督办 API", version = "1",
        description = "重点任务合规检查服务：事实文件（Facts，见 docs/facts.md）进，检查结果（Findings，见 docs/findings.md）出。"
                + "HTTP Basic 登录，用户见 DUNBAN_USERS。所有错误均为 RFC 9457 problem（application/problem+json），"
                + "errors 列出每一处错误的字段、行列、代码与说明。"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfig {

    /** The body of {@code POST /api/reports}: one report, a list of them, or a facts document with reports. */
    static final String REPORTS_BODY = "#/components/schemas/ReportSubmission";

    @Bean
    OpenApiCustomizer reportSubmissionSchema() {
        return api -> {
            Schema<?> report = new Schema<>().$ref("#/components/schemas/FactsReport");
            ComposedSchema body = new ComposedSchema();
            body.oneOf(List.of(report, new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FactsReport")),
                    new Schema<>().$ref("#/components/schemas/Facts")));
            body.description("一份报告 {…}、一批报告 […]，或事实文件 {\"asOf\": …, \"reports\": […]}；一批要么全部保存，要么都不保存");
            api.getComponents().addSchemas("ReportSubmission", body);
        };
    }
}
