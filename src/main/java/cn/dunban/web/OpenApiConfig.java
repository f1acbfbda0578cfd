package cn.dunban.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI description springdoc generates from the controllers ({@code /v3/api-docs}, Swagger UI). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "dunban 督办 API", version = "1",
        description = "重点任务合规检查服务：事实文件（契约 §3）进，检查结果（契约 §4）出。HTTP Basic 登录，"
                + "用户见 DUNBAN_USERS。所有错误均为 RFC 9457 problem（application/problem+json），并指明出错字段。"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfig {
}
