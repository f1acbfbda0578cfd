package cn.dunban.ledger;

/**
 * Header text as people type it: spaces and line breaks inside a header, full-width or half-width
 * brackets, a trailing colon, a required-field star (*完成值) do not change which column it is.
 */
final class Headers {

    private Headers() {
    }

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("[\\s\\u3000]+", "")
                .replace('(', '（').replace(')', '）')
                .replaceAll("^[*＊]+|[*＊]+$", "")
                .replaceAll("[:：]$", "");
    }
}
