package cn.dunban.web;

import java.util.Map;

/** The Chinese title of each refusal the servlet container itself may answer with. */
final class StatusTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "请求有误"), Map.entry(401, "需要登录"), Map.entry(403, "无权操作"),
            Map.entry(404, "没有找到"), Map.entry(405, "不支持的请求方法"), Map.entry(406, "无法提供所要求的格式"),
            Map.entry(408, "请求超时"), Map.entry(409, "冲突"), Map.entry(411, "缺少 Content-Length"),
            Map.entry(413, "请求体过大"), Map.entry(414, "地址过长"), Map.entry(415, "不支持的内容类型"),
            Map.entry(417, "无法满足 Expect 要求"), Map.entry(429, "请求过于频繁"), Map.entry(431, "请求头过大"),
            Map.entry(500, "内部错误"), Map.entry(501, "不支持的功能"), Map.entry(503, "服务暂不可用"),
            Map.entry(505, "不支持的 HTTP 版本"));

    private StatusTitles() {
    }

    static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "服务出错" : "请求被拒绝");
    }

    static String slug(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal";
            default -> status >= 500 ? "server-error" : "invalid-request";
        };
    }

    static String detail(int status, String method, String uri) {
        return switch (status) {
            case 404 -> "没有 " + uri + " 这个地址；接口一览见 /swagger-ui.html";
            case 405 -> uri + " 不接受 " + method + " 请求；接口一览见 /swagger-ui.html";
            case 415 -> "请求体应为 JSON（Content-Type: application/json）";
            case 400 -> "请求的地址或请求头不合规范，服务未处理";
            case 500 -> "服务内部错误，已记录日志；请稍后重试或联系管理员";
            default -> title(status) + "（HTTP " + status + "）";
        };
    }
}
