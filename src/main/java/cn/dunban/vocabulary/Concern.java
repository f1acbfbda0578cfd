package cn.dunban.vocabulary;

import cn.dunban.catalog.Target;
import cn.dunban.findings.Finding;
import cn.dunban.findings.Severity;
import cn.dunban.findings.SubjectType;

/**
 * A finding that concerns a target: one about the target itself, about a lower plan's target measured
 * against its parent (subject type CASCADE), or about a jurisdiction's statistics that measure it (energy
 * intensity, coal). Derived by the status rules; the lights and the status document's {@code findings} read it.
 */
public record Concern(Target target, Finding finding) {

    public String getTargetId() {
        return target.id();
    }

    public Severity getSeverity() {
        return finding.getSeverity();
    }

    public SubjectType getSubjectType() {
        return finding.getSubjectType();
    }

    public String getRule() {
        return finding.getRule();
    }
}
