package cn.dunban.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages in headless Chromium against a real {@code dunban serve}: an officer signs in, reads the board,
 * opens a target and sees its chart drawn from the stored reports, exports and prints the supervision list;
 * a unit signs in, reports through its form, uploads a ledger, sees its history, and cannot reach another
 * unit's target. Screenshots: {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesIT {

    static final String USERS = "officer:o-secret:OFFICER;policy:p-secret:POLICY;"
            + "fgw:f-secret:UNIT:市发展改革委@济宁市;kjj:k-secret:UNIT:市科技局@济宁市";

    /** 黄河流域重大项目 50个 in 2023, led by 市发展改革委 alone. */
    static final String TARGET = "JN2023-48-2";

    ServiceProcess service;
    Browser browser;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        service = ServiceProcess.start(Files.createDirectories(temp.resolve("data")), USERS);
        String reports = """
                [{"target": "%1$s", "asOf": "2023-03-31", "value": 10, "unit": "个"},
                 {"target": "%1$s", "asOf": "2023-06-30", "value": 22, "unit": "个"},
                 {"target": "%1$s", "asOf": "2023-09-30", "value": 30, "unit": "个"}]""".formatted(TARGET);
        var r = service.api("POST", "/api/reports", "officer", "o-secret", "application/json",
                reports.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        browser = new Browser(Files.createDirectories(temp.resolve("downloads")));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    void signIn(String name, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.open(service.url("/login"));
        browser.find("#username").sendKeys(name);
        browser.find("#password").sendKeys(password);
        browser.find("form button[type=submit]").click();
        // the click only starts the form's submission: wait until the browser has left the sign-in page
        browser.waitFor("登录后离开登录页", () -> !browser.driver.getCurrentUrl().endsWith("/login"));
    }

    @Test
    @Order(1)
    void anOfficerSignsInAndReadsTheBoard() throws Exception {
        browser.open(service.url("/"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        browser.screenshot("01-login");
        signIn("officer", "o-secret");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(service.url("/"));
        browser.open(service.url("/?jurisdiction=济宁市&document=JN2023&asOf=2023-09-30"));
        var rows = browser.all("#targets tbody tr");
        assertThat(rows).hasSizeGreaterThan(100);
        int tiles = browser.all(".counts [data-light]").stream().mapToInt(e -> Integer.parseInt(e.getText())).sum();
        assertThat(tiles).isEqualTo(rows.size());
        var row = browser.find("#targets tr[data-target='" + TARGET + "']");
        // 30 of 50 on 30 September: the pro-rata pace is 37.4, behind by more than 10% of the target.
        assertThat(row.getText()).contains("红灯", "黄河流域重大项目", "30 个", "2023-09-30", "60%");
        browser.screenshot("02-board");

        browser.open(service.url("/?jurisdiction=济宁市&document=JN2023&asOf=2023-09-30&light=RED"));
        assertThat(browser.all("#targets tbody tr")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getDomAttribute("data-light")).isEqualTo("RED"));
    }

    @Test
    @Order(2)
    void aTargetShowsItsClauseReportsAndChart() throws Exception {
        browser.open(service.url("/targets/" + TARGET + "?asOf=2023-09-30"));
        assertThat(browser.find("#status").getText()).contains("红灯", "完成率 60%");
        assertThat(browser.find("blockquote.clause").getText()).contains("黄河");
        assertThat(browser.all("#history tbody tr")).hasSize(3);
        browser.waitFor("图表已绘制", () -> Boolean.TRUE.equals(browser.script(
                "const c = echarts.getInstanceByDom(document.getElementById('chart')); return !!c;")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) browser.script(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series"
                        + ".map(s => ({name: s.name, data: s.data}));");
        Map<String, Object> reported = series.stream().filter(s -> "上报值".equals(s.get("name"))).findFirst()
                .orElseThrow();
        assertThat((List<?>) reported.get("data")).hasSize(3);
        assertThat(reported.get("data").toString()).contains("2023-03-31", "10", "2023-09-30", "30");
        assertThat(series).extracting(s -> s.get("name")).contains("序时进度", "落后不超过容差（黄）", "落后超过容差（红）");
        browser.screenshot("03-target");
    }

    @Test
    @Order(3)
    void theSupervisionListPrintsOnA4WithPageNumbers() throws Exception {
        browser.open(service.url("/?jurisdiction=济宁市&document=JN2023&asOf=2023-09-30"));
        browser.find("form[action='/checks'] button").click();
        browser.waitFor("督办清单已生成", () -> browser.driver.getCurrentUrl().contains("/supervision?check="));
        assertThat(browser.find("h1.doc-title").getText()).isEqualTo("督办清单");
        assertThat(browser.all("section.group h3")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.getText()).matches("【[^·】]+·[^】]+】.*"));
        assertThat(browser.find("section.group[data-group='济宁市·市发展改革委']").getText()).contains(TARGET);
        browser.screenshot("04-supervision");
        Path pdf = browser.printToPdf("04-supervision");
        String head = new String(Files.readAllBytes(pdf), 0, 8, StandardCharsets.ISO_8859_1);
        assertThat(head).startsWith("%PDF-");
        // The print stylesheet the list is printed with: A4, page numbers from CSS counters, no title bar.
        String css = (String) browser.script(
                "return [...document.styleSheets].flatMap(s => [...s.cssRules]).map(r => r.cssText).join(' ');");
        assertThat(css.toLowerCase()).contains("size: a4", "counter(page)", "counter(pages)");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.script("return getComputedStyle(document.querySelector('.bar')).display")).isEqualTo("none");
        assertThat(browser.script("return getComputedStyle(document.querySelector('form.filters')).display"))
                .isEqualTo("none");
        browser.screenshot("05-supervision-print");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    @Order(4)
    void theSupervisionListExportsAWorkbookAndNotices() throws Exception {
        browser.find("a#xlsx").click();
        Path xlsx = browser.downloaded(".xlsx");
        List<String> sheets = new java.util.ArrayList<>();
        StringBuilder cells = new StringBuilder();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            book.forEach(sheet -> {
                sheets.add(sheet.getSheetName());
                sheet.forEach(row -> row.forEach(c -> cells.append(c).append('|')));
            });
        }
        assertThat(sheets).hasSizeGreaterThan(1).anySatisfy(n -> assertThat(n).contains("市发展改革委"));
        assertThat(cells).contains(TARGET, "推进黄河流域500项重点事项和50个重大项目");

        browser.find("section.group[data-group='济宁市·市发展改革委'] a.notice").click();
        Path docx = browser.downloaded(".docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("督办通知单", "市发展改革委", TARGET);
        }
    }

    @Test
    @Order(10)
    void aUnitReportsThroughItsFormAndSeesItsHistory() throws Exception {
        browser.find(".bar .who button").click();
        browser.waitFor("已退出", () -> browser.driver.getCurrentUrl().endsWith("/login?logout"));
        signIn("fgw", "f-secret");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(service.url("/my"));
        assertThat(browser.all("#targets tbody tr")).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("填报"));
        browser.screenshot("06-my");
        browser.find("#targets tr[data-target='" + TARGET + "'] a.button").click();
        var form = browser.find("form#report");
        form.findElement(org.openqa.selenium.By.name("value")).sendKeys("36");
        browser.script("document.querySelector('form#report input[name=asOf]').value = '2023-10-31'");
        new org.openqa.selenium.support.ui.Select(form.findElement(org.openqa.selenium.By.name("done")))
                .selectByVisibleText("否");
        form.findElement(org.openqa.selenium.By.name("progress")).sendKeys("已开工36个，其中10个完成年度投资");
        form.findElement(org.openqa.selenium.By.name("problems")).sendKeys("用地指标紧张");
        form.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.waitFor("报告已保存", () -> !browser.all("p.note[role=status]").isEmpty());
        assertThat(browser.find("p.note[role=status]").getText()).contains("已保存", "2023-10-31");
        assertThat(browser.find("#history").getText()).contains("2023-10-31", "36", "fgw");
        browser.screenshot("07-my-target");
        browser.open(service.url("/my"));
        assertThat(browser.find("#submitted").getText()).contains(TARGET, "2023-10-31", "36");
    }

    @Test
    @Order(11)
    void aUnitDownloadsFillsAndUploadsItsLedger() throws Exception {
        browser.open(service.url("/my"));
        browser.find("#ledger a.button").click();
        Path ledger = browser.downloaded("台账.xlsx");
        byte[] filled = LedgerFill.fill(Files.readAllBytes(ledger), "JN2023-48-1", Map.of("完成值", 420, "完成值单位", "项",
                "数据截至日期", "2023-10-31", "进展情况", "已推进420项"));
        Path upload = Files.write(ledger.resolveSibling("填好的台账.xlsx"), filled);
        browser.find("form#upload input[type=file]").sendKeys(upload.toAbsolutePath().toString());
        browser.find("form#upload button").click();
        browser.waitFor("台账已保存", () -> !browser.all("#ledger p.note").isEmpty());
        assertThat(browser.find("#ledger p.note").getText()).contains("填好的台账.xlsx", "1 条报告");
        assertThat(browser.find("#submitted").getText()).contains("JN2023-48-1", "420");
        browser.screenshot("08-my-ledger");
    }

    @Test
    @Order(12)
    void aUnitCannotOpenAnotherUnitsTargetForm() throws Exception {
        browser.open(service.url("/my/targets/JN2023-5-1"));
        assertThat(browser.find("h1").getText()).isEqualTo("无权填报这个目标");
        assertThat(browser.find(".refusal").getText()).contains("由 市科技局 牵头", "市发展改革委@济宁市");
        browser.screenshot("09-not-mine");
        browser.open(service.url("/supervision"));
        assertThat(browser.find("h1").getText()).isEqualTo("无权访问这个页面");
    }
}
