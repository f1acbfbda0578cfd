package cn.dunban.findings;

/** What a finding is about: a target, a 两高 project, a jurisdiction's statistics, or a lower plan's target. */
public enum SubjectType {
    TARGET, PROJECT, JURISDICTION, CASCADE
}
