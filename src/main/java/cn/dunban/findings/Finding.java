package cn.dunban.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the supervision list (docs/findings.md). Immutable once built, so that the rules engine can
 * hold it as a logically inserted fact: it disappears by itself when the facts behind it change.
 */
public final class Finding {

    private final Severity severity;
    private final String rule;
    private final SubjectType subjectType;
    private final String subject;
    private final String document;
    private final Integer task;
    private final String jurisdiction;
    private final List<String> leadUnits;
    private final String message;
    private final Map<String, Object> evidence;
    private final Citation citation;

    public Finding(Severity severity, String rule, SubjectType subjectType, String subject, String document,
            Integer task, String jurisdiction, List<String> leadUnits, String message, Map<String, Object> evidence,
            Citation citation) {
        this.severity = Objects.requireNonNull(severity);
        this.rule = Objects.requireNonNull(rule);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subject = subject;
        this.document = document;
        this.task = task;
        this.jurisdiction = jurisdiction;
        this.leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        this.message = message;
        this.evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        this.citation = citation;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getRule() {
        return rule;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public String getSubject() {
        return subject;
    }

    public String getDocument() {
        return document;
    }

    public Integer getTask() {
        return task;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public List<String> getLeadUnits() {
        return leadUnits;
    }

    public String getMessage() {
        return message;
    }

    public Map<String, Object> getEvidence() {
        return evidence;
    }

    public Citation getCitation() {
        return citation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && severity == f.severity && rule.equals(f.rule) && subjectType == f.subjectType
                && Objects.equals(subject, f.subject) && Objects.equals(document, f.document)
                && Objects.equals(task, f.task) && Objects.equals(message, f.message)
                && Objects.equals(evidence, f.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, rule, subjectType, subject, document, task, message);
    }

    @Override
    public String toString() {
        return severity + " " + rule + " " + subject + ": " + message;
    }
}
