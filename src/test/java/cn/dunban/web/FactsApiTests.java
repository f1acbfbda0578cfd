package cn.dunban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.CatalogReader;

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

    @Test
    void aUnitDownloadsItsOwnLedgerOnly() throws Exception {
        byte[] body = mvc.perform(get("/api/ledger?document=JN2023").with(ZJJ))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", LedgerController.XLSX.toString()))
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
