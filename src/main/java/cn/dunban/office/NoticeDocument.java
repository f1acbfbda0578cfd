package cn.dunban.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import cn.dunban.findings.Citation;
import cn.dunban.findings.Finding;

/**
 * A {@link Notice} as a Word document (A4): title 督办通知单, 编号, a table of 责任单位 (牵头 and 配合), 检查日期
 * and 办理时限; then 一、督办事项 (each finding with its evidence in Chinese), 二、督办依据 (each clause verbatim
 * with its document's title and task), 三、工作要求, 四、办理时限, and the issuing office and date.
 */
public final class NoticeDocument {

    /** What every notice asks of the unit: how 督办 replies are made (one matter per reply, the lead unit replies). */
    static final String REQUIREMENTS = "请对照上述事项逐项核实，抓紧整改落实；已完成的，书面报告完成情况并附佐证材料；"
            + "未报送的，补报完成值和数据截至日期；不能按期完成的，书面说明进展情况、存在问题、原因和下一步措施。"
            + "涉及配合单位的事项，由牵头单位会同配合单位研究办理并统一答复。";

    private NoticeDocument() {
    }

    public static byte[] write(Notice n) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "督办通知单", true, 22);
            XWPFParagraph number = doc.createParagraph();
            number.setAlignment(ParagraphAlignment.RIGHT);
            run(number, "编号：" + n.number(), false, 12);

            XWPFTable table = doc.createTable(4, 2);
            table.setWidth("100%");
            row(table.getRow(0), "责任单位", n.jurisdiction() + "·" + n.unit() + "（牵头）");
            row(table.getRow(1), "配合单位", n.participating().isEmpty() ? "无" : String.join("、", n.participating()));
            row(table.getRow(2), "检查日期", n.asOf().toString());
            row(table.getRow(3), "办理时限", n.replyBy() + " 前书面回复（" + n.replyDays() + " 个工作日）");

            heading(doc, "一、督办事项");
            int i = 1;
            for (Finding f : n.findings()) {
                StringBuilder b = new StringBuilder();
                b.append(i++).append(". 【").append(f.getSeverity().label()).append("】");
                if (f.getSubject() != null) {
                    b.append(f.getSubject()).append("　");
                }
                b.append(f.getMessage());
                String ev = EvidenceText.line(f);
                if (!ev.isEmpty()) {
                    b.append("（").append(ev).append("）");
                }
                text(doc, b.toString());
            }
            heading(doc, "二、督办依据");
            i = 1;
            for (Finding f : n.findings()) {
                Citation c = f.getCitation();
                if (c == null) {
                    text(doc, i++ + ". " + f.getSubject() + "：规则 " + f.getRule());
                    continue;
                }
                String title2 = n.documentTitles().getOrDefault(c.document(), c.document());
                text(doc, i++ + ". 《" + title2 + "》" + (c.task() != null ? "第" + c.task() + "项" : "") + "：“" + c.text() + "”");
            }
            heading(doc, "三、工作要求");
            text(doc, REQUIREMENTS);
            heading(doc, "四、办理时限");
            text(doc, "请于 " + n.replyBy() + " 前（自发出之日起 " + n.replyDays() + " 个工作日内）将办理情况书面报送"
                    + n.issuer() + "，一事一报。");

            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            sign.setSpacingBefore(600);
            run(sign, n.issuer(), false, 12);
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, n.issued().getYear() + "年" + n.issued().getMonthValue() + "月" + n.issued().getDayOfMonth() + "日",
                    false, 12);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point: 210 mm
        size.setH(BigInteger.valueOf(16838)); // 297 mm
    }

    private static void row(XWPFTableRow r, String key, String value) {
        r.getCell(0).setText(key);
        r.getCell(1).setText(value);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(200);
        run(p, text, true, 14);
    }

    private static void text(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, false, 12);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("宋体");
    }
}
