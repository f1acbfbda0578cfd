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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.dunban.store.ReportStore;
import cn.dunban.store.StoredReport;
import cn.dunban.web.ServiceTest;

/**
 * The pages on the whole application: what each role sees, that a unit reaches only the targets it leads
 * in its jurisdiction (by the page and by the form), that a refused report is explained and nothing is
 * lost, and that the supervision list keeps two cities' bureaus apart.
 */
@ServiceTest
class PagesTests {

    static final RequestPostProcessor OFFICER = httpBasic("officer", "o-secret");
    static final RequestPostProcessor POLICY = httpBasic("policy", "p-secret");
    /** 市科技局@济宁市. */
    static final RequestPostProcessor KJJ = httpBasic("kjj", "k-secret");

    /** 重点科技计划 100项, led by 济宁市's 市科技局 alone; no other service test reports on it. */
    static final String MINE = "JN2023-5-1";
    /** Led by 市发展改革委 alone. */
    static final String NOT_MINE = "JN2023-48-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportStore reports;

    @Test
    void aUnitSeesOnlyTheTargetsItLeadsInItsJurisdiction() throws Exception {
        String page = mvc.perform(get("/my").with(KJJ)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-target=\"" + MINE + "\"").doesNotContain("data-target=\"" + NOT_MINE + "\"")
                .doesNotContain("data-target=\"HZ2023-");
    }

    @Test
    void aUnitCannotOpenOrReportOnAnotherUnitsTarget() throws Exception {
        long before = reports.count();
        mvc.perform(get("/my/targets/" + NOT_MINE).with(KJJ)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("由 市发展改革委 牵头")));
        mvc.perform(post("/my/targets/" + NOT_MINE).with(KJJ).with(csrf()).param("value", "5").param("unit", "个")
                .param("asOf", "2023-06-30")).andExpect(status().isForbidden());
        mvc.perform(get("/my/targets/HZ2023-1-1").with(KJJ)).andExpect(status().isForbidden());
        assertThat(reports.count()).isEqualTo(before);
        mvc.perform(get("/targets/" + MINE).with(KJJ)).andExpect(status().isForbidden());
    }

    @Test
    void aUnitReportsThroughTheFormAndSeesItInItsHistory() throws Exception {
        mvc.perform(post("/my/targets/" + MINE).with(KJJ).with(csrf()).param("value", "31").param("unit", "项")
                .param("asOf", "2023-10-31").param("done", "否").param("progress", "已开工31个")
                .param("problems", "用地指标紧张"))
                .andDo(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("报告未保存"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/targets/" + MINE));
        List<StoredReport> stored = reports.history(MINE);
        assertThat(stored).anySatisfy(r -> {
            assertThat(r.asOf()).hasToString("2023-10-31");
            assertThat(r.value()).isEqualTo(31.0);
            assertThat(r.reporter()).isEqualTo("市科技局");
            assertThat(r.submittedBy()).isEqualTo("kjj");
        });
        mvc.perform(get("/my").with(KJJ)).andExpect(content().string(allOf(containsString("2023-10-31"),
                containsString(">31<"))));

        // the same report history on both desks; the officer's also names the unit that reported
        String units = history(mvc.perform(get("/my/targets/" + MINE).with(KJJ)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        String officers = history(mvc.perform(get("/targets/" + MINE).with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(units).contains("<th>数据截至</th>", ">2023-10-31<", ">31<", ">kjj<", ">现行<")
                .doesNotContain("报告单位", "市科技局");
        assertThat(officers).contains("<th>数据截至</th>", "<th>报告单位</th>", ">2023-10-31<", ">31<", ">市科技局<",
                ">kjj<", ">现行<");
    }

    /** The page's report-history table. */
    private static String history(String page) {
        int from = page.indexOf("<table id=\"history\"");
        assertThat(from).as("a report-history table").isNotNegative();
        return page.substring(from, page.indexOf("</table>", from));
    }

    @Test
    void aRefusedReportIsExplainedAndWhatWasTypedIsKept() throws Exception {
        long before = reports.count();
        mvc.perform(post("/my/targets/" + MINE).with(KJJ).with(csrf()).param("value", "三十").param("unit", "项")
                .param("asOf", "2023-10-31").param("progress", "已开工"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("报告未保存"), containsString("“三十”不是数字"),
                        containsString("value=\"三十\""), containsString(">已开工</textarea>"))));
        mvc.perform(post("/my/targets/" + MINE).with(KJJ).with(csrf()).param("value", "3").param("unit", "亿元")
                .param("asOf", "2023-10-31"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("亿元")))
                .andExpect(content().string(containsString("报告未保存")));
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void aUnitDownloadsItsOwnLedgerOnly() throws Exception {
        byte[] xlsx = mvc.perform(get("/my/ledger").param("document", "JN2023").with(KJJ)).andExpect(status().isOk())
                .andExpect(content().contentType(cn.dunban.web.Downloads.XLSX)).andReturn().getResponse().getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(c -> cells.append(c.toString()).append('|')));
        }
        assertThat(cells).contains(MINE).doesNotContain(NOT_MINE);
        mvc.perform(get("/my").with(KJJ)).andExpect(content().string(containsString("/my/ledger?document=JN2023")));
    }

    @Test
    void aUnitUploadsItsFilledLedgerAndABadCellStoresNothing() throws Exception {
        byte[] ledger = mvc.perform(get("/my/ledger").param("document", "JN2023").with(KJJ)).andReturn().getResponse()
                .getContentAsByteArray();
        // JN2023-5-2 落地投产重大科技创新成果 20项, led by 市科技局 alone; no other test reports on it.
        long before = reports.count();
        byte[] bad = LedgerFill.fill(ledger, "JN2023-5-2", java.util.Map.of("完成值", "十二", "数据截至日期", "2023-06-30"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/my/ledger")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "科技局台账.xlsx", cn.dunban.web.Downloads.XLSX.toString(), bad))
                .with(KJJ).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my"))
                .andExpect(r -> assertThat(r.getFlashMap().get("uploadRefused").toString()).contains("科技局台账.xlsx!"));
        assertThat(reports.count()).isEqualTo(before);
        byte[] good = LedgerFill.fill(ledger, "JN2023-5-2", java.util.Map.of("完成值", 12, "完成值单位", "项",
                "数据截至日期", "2023-06-30", "进展情况", "12项已投产"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/my/ledger")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "科技局台账.xlsx", cn.dunban.web.Downloads.XLSX.toString(), good))
                .with(KJJ).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(r -> assertThat(r.getFlashMap().get("uploaded").toString()).contains("1 条报告"));
        assertThat(reports.history("JN2023-5-2")).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(12.0);
            assertThat(r.submittedBy()).isEqualTo("kjj");
        });
    }

    @Test
    void theReportFormOffersTheUnitsOfTheTargetsDimension() throws Exception {
        // JN2023-4-4 引育青年人才 4万人, led by 市委组织部, 市科技局 and 市人力资源社会保障局
        mvc.perform(get("/my/targets/JN2023-4-4").with(KJJ)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option value=\"万人\""),
                        containsString("<option value=\"人\""), not(containsString("<option value=\"亿元\"")))));
    }

    @Test
    void theBoardFiltersOnTheServer() throws Exception {
        String page = mvc.perform(get("/").with(OFFICER).param("jurisdiction", "济宁市").param("document", "JN2023")
                .param("unit", "市发展改革委").param("asOf", "2023-09-30")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-target=\"" + NOT_MINE + "\"").doesNotContain("data-target=\"" + MINE + "\"")
                .doesNotContain("data-target=\"HZ2023-");
        mvc.perform(get("/").with(OFFICER).param("asOf", "2023-13-01")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不是 YYYY-MM-DD 格式的日期")));
    }

    @Test
    void theSupervisionListKeepsTwoCitiesBureausApartAndExportsItsFiles() throws Exception {
        byte[] facts = Files.readAllBytes(Path.of("samples/midyear-2023-09.json"));
        long first = Long.parseLong(mvc.perform(post("/api/checks").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content(facts)).andExpect(status().isOk()).andReturn().getResponse().getHeader("Dunban-Check-Id"));
        String page = mvc.perform(get("/supervision").param("check", Long.toString(first)).with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("督办清单", "【济宁市·市发展改革委】", "【菏泽市·市生态环境局】")
                .doesNotContainPattern("【[^·】]+】");

        byte[] xlsx = mvc.perform(get("/supervision/" + first + ".xlsx").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().contentType(cn.dunban.web.Downloads.XLSX)).andReturn().getResponse().getContentAsByteArray();
        List<String> sheets = new java.util.ArrayList<>();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
        }
        assertThat(sheets).hasSizeGreaterThan(2).anySatisfy(n -> assertThat(n).contains("市发展改革委"));

        byte[] docx = mvc.perform(get("/supervision/" + first + "/notice.docx").param("jurisdiction", "济宁市")
                .param("unit", "市发展改革委").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().contentType(cn.dunban.web.Downloads.DOCX)).andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("督办通知单", "市发展改革委");
        }

        String fewer = new String(facts, StandardCharsets.UTF_8).replace("\"asOf\": \"2023-09-30\"", "\"asOf\": \"2023-03-31\"");
        long second = Long.parseLong(mvc.perform(post("/api/checks").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content(fewer.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("Dunban-Check-Id"));
        mvc.perform(get("/supervision").param("check", Long.toString(first)).param("since", Long.toString(second))
                .with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("与第 " + second + " 次检查"), containsString("已解决"))));
    }

    @Test
    void policyStaffReadTheRunningRulebaseItsReloadLogAndParameters() throws Exception {
        mvc.perform(get("/rules").with(POLICY)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("status.red"), containsString("发改办环资〔2021〕629号"),
                        containsString("正在使用的版本"), containsString("id=\"reloads\""), containsString("start"),
                        containsString("status/params.json"), not(containsString("Whitelabel")))));
    }

    @Test
    void policyStaffPreviewWhatAnEditedRulesDirectoryWouldChange(@TempDir Path copy) throws Exception {
        reports.append(List.of(new cn.dunban.store.NewReport(MINE, java.time.LocalDate.parse("2023-09-30"), 30.0, "项",
                null, "市科技局", "{}")), "officer");
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(Path.of("rules").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path params = copy.resolve("status/params.json");
        String edited = Files.readString(params).replaceFirst("(\"name\"\\s*:\\s*\"status\\.red\"[^}]*?\"value\"\\s*:\\s*)10",
                "$150");
        assertThat(edited).isNotEqualTo(Files.readString(params));
        Files.writeString(params, edited);
        mvc.perform(get("/rules/diff").with(POLICY).param("edited", copy.toString()).param("asOf", "2023-09-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("状态灯变化"), containsString(MINE))));
        mvc.perform(get("/rules/diff").with(OFFICER).param("edited", copy.toString())).andExpect(status().isForbidden());
        mvc.perform(get("/rules/diff").with(POLICY).param("edited", copy.resolve("nowhere").toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("服务器上没有目录")));
    }
}
