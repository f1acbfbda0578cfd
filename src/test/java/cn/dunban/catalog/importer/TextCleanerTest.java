package cn.dunban.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dunban.catalog.Quantities;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.importer.TextCleaner.CleanLine;
import cn.dunban.catalog.importer.TextCleaner.CleanText;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void linesLaidEndToEndAreTheSqueezedDocument() {
        String raw = "1. 新增 **88** 家，\n\n—10—\n\n<u>6</u>\n  增长 6. 3%，新增 1 200 个。\r\n";
        CleanText clean = cleaner.clean(raw);
        assertThat(clean.squeezed()).isEqualTo(Quantities.squeeze(raw));
    }

    @Test
    void pageNumbersAreDropped() {
        CleanText clean = cleaner.clean("上一页的话\n\n—10—\n\n- 3 -\n\n<u>6</u>\n\n第 7 页\n\n下一页的话");
        assertThat(texts(clean)).containsExactly("上一页的话", "下一页的话");
    }

    @Test
    void aPageNumberInsideALineIsDropped() {
        CleanText clean = cleaner.clean("承办单位:区财政局、区住房城乡建设—10—\n\n局、区综合行政执法局");
        assertThat(texts(clean)).containsExactly("承办单位:区财政局、区住房城乡建设", "局、区综合行政执法局");
    }

    @Test
    void listMarkersAreDroppedAndGlyphBulletsRemembered() {
        CleanText clean = cleaner.clean("- 2.做强链主企业\n- ◆地区生产总值增长5.5%以上");
        List<CleanLine> lines = clean.lines();
        assertThat(lines.get(0).content().text()).isEqualTo("2.做强链主企业");
        assertThat(lines.get(0).bullet()).isFalse();
        assertThat(lines.get(1).content().text()).isEqualTo("地区生产总值增长5.5%以上");
        assertThat(lines.get(1).bullet()).isTrue();
    }

    @Test
    void boldMarksSpacesAndFullWidthDigitsGo() {
        CleanText clean = cleaner.clean("新增城镇就业 **６. ３** 万人以上，培训 1 200 人");
        assertThat(texts(clean)).containsExactly("新增城镇就业6.3万人以上，培训1200人");
    }

    @Test
    void aHeadingNumberFollowedBySpaceIsNoticed() {
        CleanText clean = cleaner.clean("1 加力推进制造强市\n1. 搭建创新平台");
        assertThat(clean.lines().get(0).numberThenSpace()).isTrue();
        assertThat(clean.lines().get(1).numberThenSpace()).isFalse();
    }

    @Test
    void debrisInsideAClauseStaysInItsVerbatimText() {
        // the verbatim text must be a substring of the squeezed document, page number included
        String doc = Fixtures.task("新建供水管网8公\n\n—12—\n\n里。");
        List<Target> ts = Fixtures.read(doc).catalog().targets();
        assertThat(ts).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo(8.0);
            assertThat(t.unit()).isEqualTo("公里");
            assertThat(Quantities.squeeze(doc)).contains(t.text());
        });
    }

    private static List<String> texts(CleanText clean) {
        return clean.lines().stream().map(l -> l.content().text()).filter(s -> !s.isEmpty()).toList();
    }
}
