package cn.dunban.office;

import cn.dunban.findings.Severity;
import cn.dunban.vocabulary.Light;

/**
 * The fill colours of severities and lights, one place for every workbook and notice: the pale fills Excel
 * itself offers for "bad", "neutral" and "good", so a printed list stays readable in black and white.
 */
final class Colours {

    private Colours() {
    }

    static String of(Severity s) {
        return switch (s) {
            case VIOLATION -> "FFC7CE";
            case WARNING -> "FFD8A8";
            case AT_RISK -> "FFEB9C";
            case MISSING_REPORT -> "F4B6C2";
            case INFO -> "DDEBF7";
        };
    }

    static String of(Light l) {
        return switch (l) {
            case RED -> "FF7C80";
            case YELLOW -> "FFE066";
            case GREEN -> "A9D08E";
            case GREY -> "D9D9D9";
        };
    }
}
