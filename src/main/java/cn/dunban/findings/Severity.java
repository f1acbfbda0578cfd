package cn.dunban.findings;

/** Contract §4, most serious first: the order a supervision list is read in. */
public enum Severity {
    VIOLATION("违规"), WARNING("预警"), AT_RISK("进度滞后"), MISSING_REPORT("未报送"), INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
