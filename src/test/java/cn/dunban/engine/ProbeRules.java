package cn.dunban.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.dunban.vocabulary.CheckDate;

/** Tiny rule files for tests of rulebase loading and swapping: each rule records one INFO finding. */
public final class ProbeRules {

    private ProbeRules() {
    }

    /** A rule file whose one rule records an INFO finding with the given message. */
    public static String probe(String pkg, String message) {
        return """
                package %s;
                import cn.dunban.vocabulary.CheckDate;
                import cn.dunban.findings.Finding;
                import cn.dunban.findings.Severity;
                import cn.dunban.findings.SubjectType;

                rule "%s"
                when
                    CheckDate()
                then
                    insert(new Finding(Severity.INFO, "%s", SubjectType.JURISDICTION, "济宁市", null, null, "济宁市",
                        null, "%s", null, null));
                end
                """.formatted(pkg, message, message, message);
    }

    public static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
