package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;
import cn.dunban.store.FactStore;
import cn.dunban.store.ReportStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ledgers over HTTP, facts kept whole: a unit downloads its own ledger only, uploads it filled, and a
 * stored check sees every kind of fact the service keeps.
 */
@ServiceTest
class FactsApiTests {

    static final RequestPostProcessor OFFICER = httpBasic("officer", "o-secret");
    static final RequestPostProcessor POLICY = httpBasic("policy", "p-secret");
    static final RequestPostProcessor ZJJ = httpBasic("zjj", "z-secret");
    static final RequestPostProcessor KJJ = httpBasic("kjj", "k-secret");
    static final Catalog CATALOG = CatalogReader.builtIn();

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportStore reports;

    @Autowired
    FactStore facts;

    static final JsonMapper JSON = JsonMapper.builder().build();

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8));
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postXlsx(String path, byte[] body) {
        return post(path).contentType(Downloads.XLSX).content(body);
    }

    /** The unit's ledger as downloaded, with the given cells of the given targets' rows filled in. */
    byte[] filledLedger(RequestPostProcessor who, Object[][] cells) throws Exception {
        byte[] blank = mvc.perform(get("/api/ledger?document=JN2023").with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            XSSFSheet sheet = wb.getSheet("重点任务台账");
            for (Object[] c : cells) {
                Row row = null;
                for (Row r : sheet) {
                    if (r.getRowNum() > 2 && c[0].equals(r.getCell(1).getStringCellValue())) {
                        row = r;
                    }
                }
                var cell = row.getCell((Integer) c[1]);
                if (c[2] instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue((String) c[2]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<JsonNode> findingsOn(String findings, Set<String> subjects) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(findings).path("findings")) {
            if (subjects.contains(f.path("subject").asString())) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void aProjectStoredThroughFactsIsJudgedByALaterCheckWithAnEmptyBody() throws Exception {
        String project = """
                {"projects": [{"id": "P-API-1", "name": "某焦化项目", "jurisdiction": "济宁市", "county": "邹城市",
                  "industry": "焦化", "stage": "新上", "windowGuidance": false, "energyReview": true}]}""";
        mvc.perform(postJson("/api/facts", project).with(ZJJ)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("projects"));
        assertThat(facts.current()).noneMatch(f -> f.key().equals("P-API-1"));
        mvc.perform(postJson("/api/facts", project).with(OFFICER)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.facts.facts[0].kind").value("project"))
                .andExpect(jsonPath("$.facts.facts[0].key").value("P-API-1"))
                .andExpect(jsonPath("$.facts.facts[0].version").value(1))
                .andExpect(jsonPath("$.facts.submittedBy").value("officer"));
        String findings = mvc.perform(post("/api/checks?asOf=2023-12-31").with(OFFICER)).andExpect(status().isOk())
                .andExpect(header().string("Dunban-Facts-Source", "stored"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(findingsOn(findings, Set.of("P-API-1"))).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("subjectType").asString()).isEqualTo("PROJECT"))
                .anySatisfy(f -> assertThat(f.path("severity").asString()).isEqualTo("VIOLATION"));
        // a corrected register is a new version, and the check judges the latest
        mvc.perform(postJson("/api/facts", project.replace("\"windowGuidance\": false", "\"windowGuidance\": true")
                .replace("新上", "投产")).with(OFFICER)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.facts.facts[0].version").value(2));
        String again = mvc.perform(post("/api/checks?asOf=2023-12-31").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(findingsOn(again, Set.of("P-API-1"))).isEmpty();
        assertThat(facts.history("project", "P-API-1")).hasSize(2);
    }

    @Test
    void aUnitUploadsItsFilledLedgerAndAStoredCheckFindsWhatTheSameFactsAsJsonFind() throws Exception {
        byte[] ledger = filledLedger(ZJJ, new Object[][] {
                {"JN2023-30-1", 11, 520}, {"JN2023-30-1", 13, "2023-09-30"},
                {"JN2023-30-2", 11, 98.5}, {"JN2023-30-2", 13, "2023-12-31"},
                {"JN2023-52-5", 11, 100}, {"JN2023-52-5", 13, "2023-06-30"}, {"JN2023-52-5", 15, "已开工100个"}});
        mvc.perform(postXlsx("/api/reports", ledger).with(ZJJ)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reports.length()").value(3))
                .andExpect(jsonPath("$.reports[0].reporter").value("市住房城乡建设局"))
                .andExpect(jsonPath("$.reports[0].submittedBy").value("zjj"));
        assertThat(reports.history("JN2023-52-5")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(100.0));
        String json = """
                {"asOf": "2023-12-31", "reports": [
                  {"target": "JN2023-30-1", "asOf": "2023-09-30", "value": 520, "unit": "万平方米"},
                  {"target": "JN2023-30-2", "asOf": "2023-12-31", "value": 98.5, "unit": "%"},
                  {"target": "JN2023-52-5", "asOf": "2023-06-30", "value": 100, "unit": "个"}]}""";
        String fromJson = mvc.perform(postJson("/api/checks", json).with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String stored = mvc.perform(post("/api/checks?asOf=2023-12-31").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Set<String> ours = Set.of("JN2023-30-1", "JN2023-30-2", "JN2023-52-5");
        assertThat(findingsOn(fromJson, ours)).isNotEmpty();
        assertThat(findingsOn(stored, ours)).isEqualTo(findingsOn(fromJson, ours));
    }

    @Test
    void aLedgerWithBadCellsIsRefusedWithEveryCellLocatedAndNothingIsStored() throws Exception {
        byte[] ledger = filledLedger(ZJJ, new Object[][] {
                {"JN2023-51-1", 11, "约五十"}, {"JN2023-51-1", 13, "2023-09-30"},
                {"JN2023-14-1", 11, 300}, {"JN2023-14-1", 12, "万人"}, {"JN2023-14-1", 13, "2023-09-30"},
                {"JN2023-51-2", 11, 3}, {"JN2023-51-2", 13, "2023-09-30"}, {"JN2023-51-2", 1, "JN2023-51-99"}});
        long before = reports.count();
        mvc.perform(postXlsx("/api/reports", ledger).with(ZJJ)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].at").value(org.hamcrest.Matchers.startsWith("台账.xlsx!重点任务台账!L")))
                .andExpect(jsonPath("$.errors[0].code").value("ledger-cell"))
                .andExpect(jsonPath("$.errors[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "ledger-cell", "unit-dimension", "unknown-target")));
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void theProjectRegisterTemplateFilledInIsUploadedAsFacts() throws Exception {
        byte[] template = mvc.perform(get("/api/ledger?kind=projects&jurisdiction=菏泽市").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row row = wb.getSheet("两高项目台账").getRow(3);
            String[] values = {null, "P-XLSX-1", "某水泥熟料项目", null, "东明县", "水泥", "新上", "是", "是", "否", null, "否"};
            for (int c = 1; c < values.length; c++) {
                if (values[c] != null) {
                    row.getCell(c).setCellValue(values[c]);
                }
            }
            row.getCell(12).setCellValue(1.0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        mvc.perform(postXlsx("/api/facts", filled).with(ZJJ)).andExpect(status().isForbidden());
        mvc.perform(postXlsx("/api/facts?name=两高项目台账.xlsx", filled).with(OFFICER)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.facts.facts.length()").value(1))
                .andExpect(jsonPath("$.facts.facts[0].key").value("P-XLSX-1"))
                .andExpect(jsonPath("$.facts.facts[0].body").value(org.hamcrest.Matchers.containsString("菏泽市")));
        String findings = mvc.perform(post("/api/checks?asOf=2023-12-31").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(findingsOn(findings, Set.of("P-XLSX-1"))).as("产能减量替代 1.0 below 水泥熟料's ratio").isNotEmpty();
    }

    @Test
    void theReporterIsTheSignedInUnit() throws Exception {
        String other = """
                {"target": "JN2023-53-1", "asOf": "2023-09-30", "value": 10, "unit": "处", "reporter": "市城管局"}""";
        mvc.perform(postJson("/api/reports", other).with(ZJJ)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("reporter"))
                .andExpect(jsonPath("$.errors[0].code").value("not-your-unit"));
        mvc.perform(postJson("/api/reports", other.replace(", \"reporter\": \"市城管局\"", "")).with(ZJJ))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reports[0].reporter").value("市住房城乡建设局"));
    }

    @Test
    void implausibleFactsAreRefusedAndAFarOffCumulativeFigureIsStoredWithAWarning() throws Exception {
        mvc.perform(postJson("/api/reports", """
                {"target": "JN2023-52-6", "asOf": "2031-09-30", "value": 40, "unit": "套"}""").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("future-date"));
        mvc.perform(postJson("/api/reports", """
                {"target": "JN2023-52-6", "asOf": "2023-09-30", "value": -40, "unit": "套"}""").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("negative"));
        assertThat(reports.history("JN2023-52-6")).isEmpty();
        mvc.perform(postJson("/api/reports", """
                {"target": "JN2023-52-6", "asOf": "2023-06-30", "value": 3000, "unit": "套"}""").with(OFFICER))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.warnings.length()").value(0));
        // 9 months' pace of 30000 against 6 months' of 3000: more than three times the previous pace
        mvc.perform(postJson("/api/reports", """
                {"target": "JN2023-52-6", "asOf": "2023-09-30", "value": 3, "unit": "万套"}""").with(OFFICER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[0].code").value("far-off-previous"))
                .andExpect(jsonPath("$.warnings[0].target").value("JN2023-52-6"));
        mvc.perform(get("/api/reports/warnings").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].target").value("JN2023-52-6"))
                .andExpect(jsonPath("$[0].message").value(org.hamcrest.Matchers.containsString("相差过大")));
        assertThat(reports.history("JN2023-52-6")).hasSize(2);
    }

    @Test
    void factsSavedAsGbkAreReadAsWritten() throws Exception {
        String energy = """
                {"energy": [{"jurisdiction": "兖州区", "year": 2024, "gdp": 800, "gdpUnit": "亿元",
                  "energy": 400, "energyUnit": "万吨标准煤"}]}""";
        mvc.perform(post("/api/facts").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(energy.getBytes(Charset.forName("GBK"))).with(OFFICER)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.facts.facts[0].key").value("兖州区|2024|2024-12-31"));
        mvc.perform(post("/api/facts").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(new byte[] {'{', (byte) 0xFF, '}'}).with(OFFICER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.endsWith("请另存为 UTF-8")));
    }

    @Test
    void aUnitDownloadsItsOwnLedgerOnly() throws Exception {
        byte[] body = mvc.perform(get("/api/ledger?document=JN2023").with(ZJJ))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Downloads.XLSX.toString()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        long led = CATALOG.targets().stream().filter(t -> t.document().equals("JN2023")
                && t.jurisdiction().equals("济宁市") && t.leadUnits().contains("市住房城乡建设局")).count();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = wb.getSheet("重点任务台账");
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(led);
            for (Row r : sheet) {
                if (r.getRowNum() > 2) {
                    assertThat(r.getCell(8).getStringCellValue()).contains("市住房城乡建设局");
                }
            }
        }
        mvc.perform(get("/api/ledger?document=JN2023&unit=市科技局").with(ZJJ)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        mvc.perform(get("/api/ledger?document=JN2023&kind=projects").with(ZJJ)).andExpect(status().isForbidden());
        mvc.perform(get("/api/ledger?document=JN2023").with(POLICY)).andExpect(status().isForbidden());
        mvc.perform(get("/api/ledger?document=JN2023&unit=市科技局").with(OFFICER)).andExpect(status().isOk());
        mvc.perform(get("/api/ledger?document=XX").with(OFFICER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        mvc.perform(get("/api/ledger?kind=projects").with(OFFICER)).andExpect(status().isOk());
        mvc.perform(get("/api/ledger?document=YZ2025&kind=energy").with(OFFICER)).andExpect(status().isOk());
    }
}
