package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.dunban.catalog.CatalogReader;
import cn.dunban.engine.Checker;
import cn.dunban.engine.RulebaseHolder;
import cn.dunban.facts.FactsReader;
import cn.dunban.findings.JsonRenderer;
import cn.dunban.store.ReportStore;

/**
 * The HTTP surface of docs/service.md and the service's own endpoints, on the whole application with an
 * H2 file database: who may do what (401, 403), problems that name the field, checks answering exactly
 * the command line's findings document, stored reports as versions.
 */
@ServiceTest
class ApiTests {

    static final RequestPostProcessor OFFICER = httpBasic("officer", "o-secret");
    static final RequestPostProcessor POLICY = httpBasic("policy", "p-secret");
    static final RequestPostProcessor KJJ = httpBasic("kjj", "k-secret");
    static final RequestPostProcessor ZJJ = httpBasic("zjj", "z-secret");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportStore reports;

    @Autowired
    RulebaseHolder rules;

    static String facts() throws IOException {
        return Files.readString(Path.of("src/test/resources/web/facts.json"));
    }

    static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousGetsNothing() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {postJson("/api/checks", "{}"), get("/api/checks"),
                get("/api/documents"), get("/api/targets"), postJson("/api/reports", "{}"), get("/api/reports"),
                get("/api/rules"), post("/api/rules/reload"), get("/v3/api-docs"),
                get("/actuator/prometheus")}) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
        mvc.perform(get("/api/documents").with(httpBasic("officer", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void aRoleThatMayNotGets403() throws Exception {
        mvc.perform(postJson("/api/checks", "{}").with(KJJ)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(postJson("/api/checks", "{}").with(POLICY)).andExpect(status().isForbidden());
        mvc.perform(get("/api/checks").with(KJJ)).andExpect(status().isForbidden());
        mvc.perform(postJson("/api/reports", "{}").with(POLICY)).andExpect(status().isForbidden());
        mvc.perform(post("/api/rules/reload").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/rules").with(KJJ)).andExpect(status().isForbidden());
    }

    @Test
    void anotherSiteCannotMakeASignedInBrowserChangeAnything() throws Exception {
        long before = reports.count();
        String report = "{\"target\": \"JN2023-1-1\", \"asOf\": \"2023-02-01\", \"value\": 1, \"unit\": \"家\"}";
        mvc.perform(postJson("/api/reports", report).with(OFFICER).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/reports").contentType(MediaType.TEXT_PLAIN).content(report).with(OFFICER)
                .header("Origin", "http://evil.example")).andExpect(status().isForbidden());
        assertThat(reports.count()).isEqualTo(before);
        mvc.perform(get("/api/reports?target=JN2023-1-1").with(OFFICER).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isOk());
        mvc.perform(postJson("/api/checks", "{}").with(OFFICER).header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost")).andExpect(status().isOk());
    }

    @Test
    void aCheckAnswersExactlyTheFindingsDocumentOfTheCommandLine() throws Exception {
        // What `dunban check --facts … --as-of 2023-12-31 --format json` prints, on the same rules.
        var catalog = CatalogReader.builtIn();
        String expected = JsonRenderer.render(new Checker(rules.checker().rulebase(), catalog)
                .check(new FactsReader(catalog).read(facts().getBytes(StandardCharsets.UTF_8), "facts.json"),
                        LocalDate.of(2023, 12, 31)));

        var result = mvc.perform(postJson("/api/checks?asOf=2023-12-31", facts()).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Dunban-Facts-Source", "body"))
                .andReturn().getResponse();
        assertThat(result.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);

        String location = result.getHeader("Location");
        assertThat(location).startsWith("/api/checks/");
        mvc.perform(get(location + "/findings").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().bytes(expected.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(location).with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2023-12-31"))
                .andExpect(jsonPath("$.ranBy").value("officer"))
                .andExpect(jsonPath("$.facts").value("body"))
                .andExpect(jsonPath("$.summary.VIOLATION").value(greaterThan(0)))
                .andExpect(jsonPath("$.result.rulebase").isNotEmpty());
        mvc.perform(get(location + "/facts").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(facts()));
        mvc.perform(get("/api/checks").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(Integer.parseInt(location.substring(12)))));
    }

    @Test
    void badFactsAnswer400NamingTheField() throws Exception {
        String body = """
                {"asOf": "2023-09-30",
                 "reports": [
                   {"target": "JN2023-1-1", "value": 3, "unit": "家"},
                   {"target": "JN2023-74-1", "value": 5.1, "unit": "万吨"}
                 ]}""";
        mvc.perform(postJson("/api/checks", body).with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.field").value("reports[1].unit"))
                .andExpect(jsonPath("$.detail", containsString("reports[1].unit")))
                .andExpect(jsonPath("$.errors[0].field").value("reports[1].unit"))
                .andExpect(jsonPath("$.errors[0].code").value("unit-dimension"))
                .andExpect(jsonPath("$.errors[0].line").value(4));
        // `curl -d @facts.json` labels the JSON as a form; it is still read as the JSON it is.
        mvc.perform(post("/api/checks").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body.getBytes(StandardCharsets.UTF_8)).with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reports[1].unit"));

        mvc.perform(postJson("/api/checks", "{\"asOf\": \"2023-09-30\",\n \"reports\": [ {\"target\": }]}").with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("malformed-json"))
                .andExpect(jsonPath("$.errors[0].line").value(2));
        mvc.perform(postJson("/api/checks", "{\"asOf\": \"九月\"}").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("asOf"));
        mvc.perform(postJson("/api/checks?asOf=2023-13-01", "{}").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("asOf"));
        mvc.perform(postJson("/api/checks", "{\"reprots\": []}").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reprots"));
        mvc.perform(get("/api/checks/987654").with(OFFICER))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("id"));
        mvc.perform(get("/api/checks?limit=x").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
    }

    @Test
    void aUnitMayNotReportOnAnotherUnitsTarget() throws Exception {
        long before = reports.count();
        String batch = """
                [{"target": "JN2023-1-1", "asOf": "2023-09-30", "value": 1, "unit": "家"},
                 {"target": "JN2023-30-2", "asOf": "2023-09-30", "value": 99, "unit": "%"}]""";
        mvc.perform(postJson("/api/reports", batch).with(KJJ))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("reports[1].target"))
                .andExpect(jsonPath("$.errors", hasSize(1)));
        assertThat(reports.count()).as("nothing of the batch is stored").isEqualTo(before);
        // The same unit name in another city: 市科技局@济宁市 does not lead 菏泽's targets.
        mvc.perform(postJson("/api/reports", "{\"target\": \"HZ2023-1-1\", \"asOf\": \"2023-09-30\", \"done\": true}")
                .with(KJJ)).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports?target=JN2023-30-2").with(KJJ)).andExpect(status().isForbidden());
        // A unit reports on the targets it leads, and an officer on any.
        mvc.perform(postJson("/api/reports", "{\"target\": \"JN2023-30-2\", \"asOf\": \"2023-09-30\", \"value\": 99, "
                + "\"unit\": \"%\"}").with(ZJJ)).andExpect(status().isCreated());
        mvc.perform(postJson("/api/reports", batch).with(OFFICER)).andExpect(status().isCreated());
        assertThat(reports.count()).isEqualTo(before + 3);
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(big).with(OFFICER))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedes() throws Exception {
        mvc.perform(postJson("/api/reports", "{\"target\": \"JN2023-1-3\", \"asOf\": \"2023-06-30\", \"value\": 1, "
                + "\"unit\": \"家\"}").with(KJJ))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.submittedBy").value("kjj"))
                .andExpect(jsonPath("$.reports[0].version").value(1))
                .andExpect(jsonPath("$.reports[0].reporter").value("市科技局"));
        mvc.perform(postJson("/api/reports", "{\"asOf\": \"2023-06-30\", \"reports\": [{\"document\": \"JN2023\", "
                + "\"task\": 1, \"indicator\": \"大院大所\", \"value\": 2, \"unit\": \"家\"}]}").with(OFFICER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reports[0].target").value("JN2023-1-3"))
                .andExpect(jsonPath("$.reports[0].version").value(2));
        mvc.perform(get("/api/reports?target=JN2023-1-3").with(KJJ))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].value").value(1.0))
                .andExpect(jsonPath("$[0].submittedBy").value("kjj"))
                .andExpect(jsonPath("$[0].supersededBy").isNumber())
                .andExpect(jsonPath("$[1].value").value(2.0))
                .andExpect(jsonPath("$[1].submittedBy").value("officer"))
                .andExpect(jsonPath("$[1].supersededBy").doesNotExist());
    }

    @Test
    void aBatchWithOneBadReportStoresNothing() throws Exception {
        long before = reports.count();
        String batch = """
                [{"target": "JN2023-1-4", "asOf": "2023-09-30", "value": 1, "unit": "家"},
                 {"target": "JN2023-1-4", "asOf": "2023-09-30", "value": "三", "unit": "家"},
                 {"target": "JN2023-1-9", "asOf": "2023-09-30", "value": 3, "unit": "家"}]""";
        mvc.perform(postJson("/api/reports", batch).with(KJJ))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reports[1].value"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[1].field").value("reports[2].target"));
        mvc.perform(postJson("/api/reports", "{\"target\": \"JN2023-1-4\", \"value\": 1, \"unit\": \"万吨\", "
                + "\"asOf\": \"2023-09-30\"}").with(KJJ))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unit"));
        mvc.perform(postJson("/api/reports", "[]").with(KJJ)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/reports").with(KJJ)).andExpect(status().isBadRequest());
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void aCheckWithoutReportsRunsOnTheStoredReports() throws Exception {
        mvc.perform(postJson("/api/reports", """
                [{"target": "JN2023-74-2", "asOf": "2023-11-30", "value": 1, "unit": "万个"},
                 {"target": "JN2023-74-2", "asOf": "2023-11-30", "value": 6, "unit": "万个"},
                 {"target": "JN2023-74-1", "asOf": "2023-12-15", "value": 9, "unit": "万人"}]""").with(OFFICER))
                .andExpect(status().isCreated());
        String stored = mvc.perform(postJson("/api/checks", "{\"asOf\": \"2023-11-30\"}").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Dunban-Facts-Source", "stored"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stored).contains("\"asOf\" : \"2023-11-30\"");
        assertThat(stored).as("the correction (6 of 5.2万个) counts, not the first report (1)").doesNotContain("\"subject\" : \"JN2023-74-2\"");

        String id = mvc.perform(post("/api/checks?asOf=2023-11-30").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Dunban-Check-Id");
        mvc.perform(get("/api/checks/" + id + "/facts").with(OFFICER))
                .andExpect(jsonPath("$.reports[?(@.target == 'JN2023-74-2')].value").value(hasItem(6.0)))
                .andExpect(jsonPath("$.reports[?(@.target == 'JN2023-74-1')]").isEmpty());
    }

    @Test
    void theCatalogIsReadable() throws Exception {
        mvc.perform(get("/api/documents").with(KJJ)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("JN2023")))
                .andExpect(jsonPath("$[?(@.code == 'JN2023')].targets").value(hasItem(greaterThan(100))));
        mvc.perform(get("/api/documents/JN2023/tasks").with(KJJ)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].task").value(1))
                .andExpect(jsonPath("$[0].title").value("搭建创新平台"));
        mvc.perform(get("/api/targets?document=JN2023&task=1").with(KJJ)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].id").value("JN2023-1-1"))
                .andExpect(jsonPath("$[0].deadline").value("2023-12-31"));
        mvc.perform(get("/api/targets?unit=市住房城乡建设局&document=JN2023").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem("JN2023-30-2")));
        mvc.perform(get("/api/targets/JN2023-30-2").with(POLICY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.leadUnits[0]").value("市住房城乡建设局"));
        mvc.perform(get("/api/documents/XX/tasks").with(KJJ)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("code"));
        mvc.perform(get("/api/targets?document=XX").with(KJJ)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("document"));
        mvc.perform(get("/api/targets?task=一").with(KJJ)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("task"));
        mvc.perform(get("/api/nowhere").with(KJJ)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void policyStaffSeeAndReloadTheRules() throws Exception {
        String version = rules.status().version();
        mvc.perform(get("/api/rules").with(POLICY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.files", hasItem("targets/goal.dslr")))
                .andExpect(jsonPath("$.errors", hasSize(0)));
        mvc.perform(post("/api/rules/reload").with(POLICY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.lastReload.trigger").value("api:policy"))
                .andExpect(jsonPath("$.lastReload.ok").value(true));
    }

    @Test
    void theServiceDescribesItselfAndReportsMetrics() throws Exception {
        mvc.perform(get("/v3/api-docs").with(KJJ)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/checks'].post").exists())
                .andExpect(jsonPath("$.paths['/api/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/targets'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
        mvc.perform(get("/swagger-ui/index.html").with(KJJ)).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("dunban_rules_reload_failed")));
        mvc.perform(get("/actuator/health").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.rules.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void theApiDescriptionShowsTheFactsAndFindingsDocumentsFieldByField() throws Exception {
        mvc.perform(get("/v3/api-docs").with(KJJ)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/checks'].post.requestBody.content['application/json'].schema['$ref']")
                        .value("#/components/schemas/Facts"))
                .andExpect(jsonPath("$.paths['/api/checks'].post.responses['200'].content['application/json'].schema['$ref']")
                        .value("#/components/schemas/Findings"))
                .andExpect(jsonPath("$.paths['/api/reports'].post.requestBody.content['application/json'].schema['$ref']")
                        .value("#/components/schemas/ReportSubmission"))
                .andExpect(jsonPath("$.components.schemas.ReportSubmission.oneOf", hasSize(3)))
                .andExpect(jsonPath("$.components.schemas.Facts.properties.reports.items['$ref']")
                        .value("#/components/schemas/FactsReport"))
                .andExpect(jsonPath("$.components.schemas.FactsReport.properties.target.description",
                        containsString("目标编号")))
                .andExpect(jsonPath("$.components.schemas.FactsReport.properties.asOf.format").value("date"))
                .andExpect(jsonPath("$.components.schemas.FactsProject.properties.replacement['$ref']")
                        .value("#/components/schemas/FactsReplacement"))
                .andExpect(jsonPath("$.components.schemas.FactsEnergy.properties.feedstockExcluded").exists())
                .andExpect(jsonPath("$.components.schemas.Findings.properties.findings.items['$ref']")
                        .value("#/components/schemas/Finding"))
                .andExpect(jsonPath("$.components.schemas.Finding.properties.severity.enum",
                        hasItem("MISSING_REPORT")))
                .andExpect(jsonPath("$.components.schemas.Finding.properties.subjectType.enum", hasItem("CASCADE")))
                .andExpect(jsonPath("$.components.schemas.Finding.properties.citation['$ref']")
                        .value("#/components/schemas/Citation"));
    }

    @Test
    void officersHaveAWebPageWithEveryAssetFromTheJar() throws Exception {
        String page = mvc.perform(get("/").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("督查总览", "/css/dunban.css").doesNotContain("http://", "https://");
        mvc.perform(get("/css/dunban.css")).andExpect(status().isOk());
        mvc.perform(get("/js/target-chart.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
    }
}
