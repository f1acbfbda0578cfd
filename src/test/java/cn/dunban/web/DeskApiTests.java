package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officer's desk over HTTP: scoped checks, the status board from stored reports (an officer sees all, a
 * unit its own targets), the supervision list as a workbook and what changed between two checks.
 */
@ServiceTest
class DeskApiTests {

    static final RequestPostProcessor OFFICER = httpBasic("officer", "o-secret");
    static final RequestPostProcessor POLICY = httpBasic("policy", "p-secret");
    static final RequestPostProcessor KJJ = httpBasic("kjj", "k-secret");

    @Autowired
    MockMvc mvc;

    private static boolean stored;

    @BeforeEach
    void storeReportsOnce() throws Exception {
        if (stored) {
            return;
        }
        stored = true;
        String batch = """
                [{"target": "JN2023-1-2", "asOf": "2023-09-30", "value": 38, "unit": "家", "reporter": "市科技局"},
                 {"target": "JN2023-30-1", "asOf": "2023-09-30", "value": 600, "unit": "万平方米"}]""";
        mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON)
                .content(batch.getBytes(StandardCharsets.UTF_8)).with(OFFICER)).andExpect(status().is2xxSuccessful());
    }

    @Test
    void anOfficerSeesEveryTargetInScopeWithItsLight() throws Exception {
        mvc.perform(get("/api/status?document=JN2023&asOf=2023-09-30").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2023-09-30"))
                .andExpect(jsonPath("$.targets[*].document", everyItem(org.hamcrest.Matchers.is("JN2023"))))
                .andExpect(jsonPath("$.targets[?(@.id == 'JN2023-1-2')].light").value("RED"))
                .andExpect(jsonPath("$.targets[?(@.id == 'JN2023-1-2')].progress").value(63.3))
                .andExpect(jsonPath("$.targets[?(@.id == 'JN2023-30-1')].light").value("GREEN"))
                .andExpect(jsonPath("$.targets[?(@.id == 'JN2023-27-1')].light").value("RED"))
                .andExpect(jsonPath("$.summary.RED").isNumber());
    }

    @Test
    void aUnitSeesOnlyItsOwnTargetsAndIsRefusedAnotherUnits() throws Exception {
        mvc.perform(get("/api/status?asOf=2023-09-30").with(KJJ))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[*].jurisdiction", everyItem(org.hamcrest.Matchers.is("济宁市"))))
                .andExpect(jsonPath("$.targets[*].leadUnits", everyItem(hasItem("市科技局"))))
                .andExpect(jsonPath("$.targets[?(@.id == 'JN2023-30-1')]", hasSize(0)));
        mvc.perform(get("/api/status?unit=市住房城乡建设局").with(KJJ))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.field").value("unit"));
        mvc.perform(get("/api/status").with(POLICY)).andExpect(status().isForbidden());
    }

    @Test
    void unknownScopeNamesAnswer400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/status?jurisdiction=济宁").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("jurisdiction"));
        mvc.perform(post("/api/checks?document=JN2025").contentType(MediaType.APPLICATION_JSON).content("{}").with(OFFICER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("document"));
    }

    @Test
    void aStoredCheckComesAsAWorkbookAndAUnitsNotice() throws Exception {
        var response = mvc.perform(post("/api/checks?asOf=2023-09-30").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse();
        String id = response.getHeader("Dunban-Check-Id");
        byte[] xlsx = mvc.perform(get("/api/checks/" + id + ".xlsx").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
            assertThat(book.getSheet("济宁市·市科技局")).isNotNull();
        }
        byte[] docx = mvc.perform(get("/api/checks/" + id + "/notice.docx?unit=市科技局&jurisdiction=济宁市&date=2023-10-09")
                        .with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("督办通知单", "济宁市·市科技局", "JN2023-1-2", "“新增省级以上创新平台60家以上”");
        }
        mvc.perform(get("/api/checks/" + id + ".xlsx").with(KJJ)).andExpect(status().isForbidden());
    }

    @Test
    void changesBetweenTwoStoredChecksAreListedPerUnit() throws Exception {
        String first = mvc.perform(post("/api/checks?asOf=2023-09-30&jurisdiction=济宁市").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse().getHeader("Dunban-Check-Id");
        String facts = """
                {"reports": [{"target": "JN2023-1-2", "asOf": "2023-10-31", "value": 52, "unit": "家"},
                             {"target": "JN2023-30-1", "asOf": "2023-10-31", "value": 620, "unit": "万平方米"}]}""";
        String second = mvc.perform(post("/api/checks?asOf=2023-10-31&jurisdiction=济宁市").contentType(MediaType.APPLICATION_JSON)
                .content(facts.getBytes(StandardCharsets.UTF_8)).with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Dunban-Check-Id");
        mvc.perform(get("/api/checks/" + second + "/changes?since=" + first + "&unit=市科技局").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.check").value(Long.parseLong(second)))
                .andExpect(jsonPath("$.since").value(Long.parseLong(first)))
                .andExpect(jsonPath("$.units[?(@.unit == '市科技局')].resolved[*].subject", hasItem("JN2023-1-2")))
                .andExpect(jsonPath("$.units[*].unit", everyItem(org.hamcrest.Matchers.is("市科技局"))))
                .andExpect(jsonPath("$.summary.resolved").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/checks/" + second + "/changes?since=999999").with(OFFICER))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("since"));
    }

    @Test
    void aScopedCheckGivesFindingsOnlyInScope() throws Exception {
        String body = mvc.perform(post("/api/checks?document=JN2023&unit=市科技局&asOf=2023-12-31")
                        .contentType(MediaType.APPLICATION_JSON).content("{}").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].document", everyItem(org.hamcrest.Matchers.is("JN2023"))))
                .andExpect(jsonPath("$.findings[*].leadUnits", everyItem(hasItem("市科技局"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("missing-report");
    }
}
