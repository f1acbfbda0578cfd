package cn.dunban.web.page;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Strength;
import cn.dunban.catalog.Target;
import cn.dunban.web.Role;

/**
 * The Chinese words the pages use for roles, lights and times; one place, so every page says it alike.
 * Templates reach it as the bean {@code @labels}.
 */
@Component("labels")
public final class Labels {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    Labels() {
    }

    public static String role(Role role) {
        return switch (role) {
            case OFFICER -> "督查人员";
            case POLICY -> "政策处";
            case UNIT -> "责任单位";
        };
    }

    /** 红灯, 黄灯, 绿灯, 灰灯 for RED, YELLOW, GREEN, GREY; the name itself for anything else. */
    public static String light(String light) {
        if (light == null) {
            return "";
        }
        return switch (light) {
            case "RED" -> "红灯";
            case "YELLOW" -> "黄灯";
            case "GREEN" -> "绿灯";
            case "GREY" -> "灰灯";
            default -> light;
        };
    }

    /** What a target asks, in the document's terms: 不低于 5 万人, 1—3 个百分点, 清零, 按期完成. */
    public static String requirement(Target t) {
        String unit = t.unit() == null ? "" : t.unit();
        if (t.comparator() == null) {
            return "";
        }
        if (t.comparator() == Comparator.MILESTONE) {
            return "按期完成";
        }
        if (t.comparator() == Comparator.ZERO) {
            return "清零";
        }
        if (t.value() == null) {
            return "待下达";
        }
        String v = number(t.value());
        return switch (t.comparator()) {
            case GE -> "不低于 " + v + " " + unit;
            case GT -> "超过 " + v + " " + unit;
            case LE -> "不超过 " + v + " " + unit;
            case LT -> "低于 " + v + " " + unit;
            case APPROX -> v + " " + unit + " 左右";
            case RANGE -> v + "—" + number(t.valueMax()) + " " + unit;
            default -> v + " " + unit;
        };
    }

    /** 确保 / 力争 / 一般 for the target's wording. */
    public static String strength(Strength s) {
        return s == null ? "" : switch (s) {
            case BINDING -> "约束性";
            case ASPIRATIONAL -> "力争";
            case PLAIN -> "一般";
        };
    }

    /** A number as an official writes it: no trailing zeros, at most four decimals. */
    public static String number(Double v) {
        if (v == null) {
            return "";
        }
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A share (0.748) as a percentage to one decimal (74.8%). */
    public static String percent(Double share) {
        return share == null ? "" : number(Math.round(share * 1000) / 10.0) + "%";
    }

    /** 违规, 预警, 进度滞后, 未报送, 提示 for a severity's name. */
    public static String severity(String name) {
        try {
            return cn.dunban.findings.Severity.valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return name;
        }
    }

    /** A finding's evidence on one line, in Chinese (报告值 30个　应达值 37.4个 …), as the lists word it. */
    public static String evidence(cn.dunban.findings.Finding f) {
        return cn.dunban.office.EvidenceText.line(f);
    }

    /** A project finding's subject links to the project page, a target's to the target page. */
    public static String subjectPath(cn.dunban.findings.Finding f) {
        return switch (f.getSubjectType()) {
            case PROJECT -> "/projects/" + f.getSubject();
            case TARGET, CASCADE -> "/targets/" + f.getSubject();
            default -> null;
        };
    }

    /** A stored instant as Beijing time to the second. */
    public static String time(Instant at) {
        return at == null ? "" : SECOND.format(at.atZone(PageModel.CHINA));
    }
}
