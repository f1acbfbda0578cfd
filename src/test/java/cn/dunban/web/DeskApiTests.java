package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
