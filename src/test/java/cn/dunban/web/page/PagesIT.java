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
        browser.find("form[action='/checks'] button").click();
        browser.waitFor("检查完成后回到总览", () -> browser.driver.getCurrentUrl().contains("check="));
        assertThat(browser.all("#targets tbody tr")).hasSizeGreaterThan(100);
        var row = browser.find("#targets tr[data-target='" + TARGET + "']");
        assertThat(row.getText()).contains("黄河流域重大项目", "30 个", "2023-09-30");
        browser.screenshot("02-board");
    }

    @Test
    @Order(2)
    void aTargetShowsItsClauseReportsAndChart() throws Exception {
        browser.open(service.url("/targets/" + TARGET));
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
}
