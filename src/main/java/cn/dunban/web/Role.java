package cn.dunban.web;

/** Who may do what (docs/service.md). */
public enum Role {
    /** Compliance officers: run checks, read everything, may submit reports for any target. */
    OFFICER,
    /** Policy staff: manage the rules. */
    POLICY,
    /** A reporting unit: submits reports for the targets it leads. */
    UNIT;

    String authority() {
        return "ROLE_" + name();
    }
}
