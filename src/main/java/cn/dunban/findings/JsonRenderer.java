package cn.dunban.findings;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The findings document of docs/findings.md, field for field, for scripts and the HTTP API. */
public final class JsonRenderer {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonRenderer() {
    }

    public static String render(FindingsReport report) {
        return JSON.writeValueAsString(toMap(report)) + "\n";
    }

    public static Map<String, Object> toMap(FindingsReport report) {
        Map<String, Object> doc = head(report);
        doc.put("findings", report.findings().stream().map(JsonRenderer::finding).toList());
        return doc;
    }

    /** The document's fields before its findings. */
    private static Map<String, Object> head(FindingsReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asOf", report.asOf().toString());
        doc.put("rulebase", report.rulebase());
        doc.put("summary", summary(report));
        return doc;
    }

    /** The count of findings per severity, as the document's {@code summary}. */
    public static Map<String, Integer> summary(FindingsReport report) {
        Map<String, Integer> summary = new LinkedHashMap<>();
        report.summary().forEach((s, n) -> summary.put(s.name(), n));
        return summary;
    }

    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.getSeverity().name());
        m.put("rule", f.getRule());
        m.put("subjectType", f.getSubjectType().name());
        m.put("subject", f.getSubject());
        m.put("document", f.getDocument());
        m.put("task", f.getTask());
        m.put("jurisdiction", f.getJurisdiction());
        m.put("leadUnits", f.getLeadUnits());
        m.put("message", f.getMessage());
        m.put("evidence", f.getEvidence());
        Citation c = f.getCitation();
        m.put("citation", c == null ? null : citation(c));
        return m;
    }

    /**
     * Renders one findings document after another, re-using the text of every finding the previous document also
     * had: a province's document is some 16 MB, and after a batch of reports only a few hundred of its findings
     * change. The document is exactly {@link #render}'s, as UTF-8 bytes — what is answered and stored — so that a
     * kept finding costs a copy, not an encoding (Jackson's pretty printer writes an array's objects inline,
     * {@code [ {…}, {…} ]}, one level deeper than a finding rendered alone, and a JSON string never holds a raw line
     * break, so a finding's text moves in by re-indenting its lines). Keeps the previous document's texts only.
     */
    public static final class Incremental {

        private static final String EMPTY = "\"findings\" : [ ]\n}";
        private static final byte[] SEPARATOR = ", ".getBytes(StandardCharsets.UTF_8);
        private static final byte[] END = " ]\n}\n".getBytes(StandardCharsets.UTF_8);

        private Map<Finding, byte[]> last = Map.of();

        public synchronized byte[] render(FindingsReport report) {
            List<Finding> findings = report.findings();
            if (findings.isEmpty()) {
                last = Map.of();
                return JsonRenderer.render(report).getBytes(StandardCharsets.UTF_8);
            }
            Map<String, Object> doc = head(report);
            doc.put("findings", List.of());
            String head = JSON.writeValueAsString(doc);
            if (!head.endsWith(EMPTY)) {
                throw new IllegalStateException("unexpected findings document layout");
            }
            Map<Finding, byte[]> now = new HashMap<>(findings.size() * 4 / 3 + 1);
            byte[][] texts = new byte[findings.size()][];
            int size = 0;
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                byte[] text = now.get(f);
                if (text == null) {
                    text = last.get(f);
                    if (text == null) {
                        text = JSON.writeValueAsString(finding(f)).replace("\n", "\n  ").getBytes(StandardCharsets.UTF_8);
                    }
                    now.put(f, text);
                }
                texts[i] = text;
                size += text.length;
            }
            byte[] start = (head.substring(0, head.length() - EMPTY.length()) + "\"findings\" : [ ")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[start.length + size + SEPARATOR.length * (texts.length - 1) + END.length];
            int at = 0;
            System.arraycopy(start, 0, out, at, start.length);
            at += start.length;
            for (int i = 0; i < texts.length; i++) {
                if (i > 0) {
                    System.arraycopy(SEPARATOR, 0, out, at, SEPARATOR.length);
                    at += SEPARATOR.length;
                }
                System.arraycopy(texts[i], 0, out, at, texts[i].length);
                at += texts[i].length;
            }
            System.arraycopy(END, 0, out, at, END.length);
            last = now;
            return out;
        }
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", c.document());
        m.put("task", c.task());
        m.put("text", c.text());
        return m;
    }

}
