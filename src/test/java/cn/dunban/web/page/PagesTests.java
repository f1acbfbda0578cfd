package cn.dunban.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.dunban.web.ServiceTest;
import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;

/**
 * The pages on the whole application: what each role sees, that a unit reaches only the targets it leads
 * in its jurisdiction (by the page and by the form), that a refused report is explained and nothing is
 * lost, and that the supervision list keeps two cities' bureaus apart.
 */
@ServiceTest
class PagesTests {

    static final RequestPostProcessor OFFICER = httpBasic("officer", "o-secret");
    static final RequestPostProcessor POLICY = httpBasic("policy", "p-secret");
    static final RequestPostProcessor FGW = httpBasic("fgw", "f-secret");

    /** Led by 济宁市's 市发展改革委 alone; 菏泽市 has a 市发展改革委 too. */
    static final String MINE = "JN2023-48-2";
    /** Led by 市科技局 alone. */
    static final String NOT_MINE = "JN2023-5-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportStore reports;

    @Test
    void aUnitSeesOnlyTheTargetsItLeadsInItsJurisdiction() throws Exception {
        String page = mvc.perform(get("/my").with(FGW)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-target=\"" + MINE + "\"").doesNotContain("data-target=\"" + NOT_MINE + "\"")
                .doesNotContain("data-target=\"HZ2023-");
    }

    @Test
    void aUnitCannotOpenOrReportOnAnotherUnitsTarget() throws Exception {
        long before = reports.count();
        mvc.perform(get("/my/targets/" + NOT_MINE).with(FGW)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("由 市科技局 牵头")));
        mvc.perform(post("/my/targets/" + NOT_MINE).with(FGW).with(csrf()).param("value", "5").param("unit", "项")
                .param("asOf", "2023-06-30")).andExpect(status().isForbidden());
        mvc.perform(get("/my/targets/HZ2023-1-1").with(httpBasic("fgw", "f-secret"))).andExpect(status().isForbidden());
        assertThat(reports.count()).isEqualTo(before);
        mvc.perform(get("/targets/" + MINE).with(FGW)).andExpect(status().isForbidden());
    }

    @Test
    void aUnitReportsThroughTheFormAndSeesItInItsHistory() throws Exception {
        mvc.perform(post("/my/targets/" + MINE).with(FGW).with(csrf()).param("value", "31").param("unit", "个")
                .param("asOf", "2023-10-31").param("done", "否").param("progress", "已开工31个")
                .param("problems", "用地指标紧张"))
                .andDo(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("报告未保存"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/targets/" + MINE));
        List<StoredReport> stored = reports.history(MINE);
        assertThat(stored).anySatisfy(r -> {
            assertThat(r.asOf()).hasToString("2023-10-31");
            assertThat(r.value()).isEqualTo(31.0);
            assertThat(r.reporter()).isEqualTo("市发展改革委");
            assertThat(r.submittedBy()).isEqualTo("fgw");
        });
        mvc.perform(get("/my").with(FGW)).andExpect(content().string(allOf(containsString("2023-10-31"),
                containsString(">31<"))));
    }

    @Test
    void aRefusedReportIsExplainedAndWhatWasTypedIsKept() throws Exception {
        long before = reports.count();
        mvc.perform(post("/my/targets/" + MINE).with(FGW).with(csrf()).param("value", "三十").param("unit", "个")
                .param("asOf", "2023-10-31").param("progress", "已开工"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("报告未保存"), containsString("“三十”不是数字"),
                        containsString("value=\"三十\""), containsString(">已开工</textarea>"))));
        mvc.perform(post("/my/targets/" + MINE).with(FGW).with(csrf()).param("value", "3").param("unit", "亿元")
                .param("asOf", "2023-10-31"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("亿元")))
                .andExpect(content().string(containsString("报告未保存")));
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void aUnitDownloadsItsOwnLedgerOnly() throws Exception {
        byte[] xlsx = mvc.perform(get("/my/ledger").param("document", "JN2023").with(FGW)).andExpect(status().isOk())
                .andExpect(content().contentType(UnitDesk.XLSX)).andReturn().getResponse().getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(c -> cells.append(c.toString()).append('|')));
        }
        assertThat(cells).contains(MINE).doesNotContain(NOT_MINE);
        mvc.perform(get("/my").with(FGW)).andExpect(content().string(containsString("/my/ledger?document=JN2023")));
    }

    @Test
    void theReportFormOffersTheUnitsOfTheTargetsDimension() throws Exception {
        // JN2023-74-1 城镇新增就业 6.3万人, led by 市人力资源社会保障局 and 市发展改革委
        mvc.perform(get("/my/targets/JN2023-74-1").with(FGW)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option value=\"万人\""),
                        containsString("<option value=\"人\""), not(containsString("<option value=\"亿元\"")))));
    }

    @Test
    void theBoardFiltersOnTheServer() throws Exception {
        String page = mvc.perform(get("/").with(OFFICER).param("jurisdiction", "济宁市").param("document", "JN2023")
                .param("unit", "市科技局").param("asOf", "2023-09-30")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-target=\"" + NOT_MINE + "\"").doesNotContain("data-target=\"" + MINE + "\"")
                .doesNotContain("data-target=\"HZ2023-");
        mvc.perform(get("/").with(OFFICER).param("asOf", "2023-13-01")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不是 YYYY-MM-DD 格式的日期")));
    }

    @Test
    void theSupervisionListKeepsTwoCitiesBureausApart() throws Exception {
        byte[] facts = Files.readAllBytes(Path.of("samples/midyear-2023-09.json"));
        mvc.perform(post("/api/checks").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content(facts))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/supervision").with(OFFICER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("督办清单", "【济宁市·市发展改革委】", "【菏泽市·市生态环境局】")
                .doesNotContainPattern("【[^·】]+】");
    }

    @Test
    void policyStaffReadTheRunningRulebaseAndItsParameters() throws Exception {
        mvc.perform(get("/rules").with(POLICY)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("pace.tolerance"), containsString("发改办环资〔2021〕629号"),
                        containsString("正在使用的版本"), not(containsString("Whitelabel")))));
    }
}
