package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the columns of a 任务分解表 by their headers, under the names tables give them: 序号, 工作任务
 * (重点任务, 任务内容, 项目 …), 目标 (目标任务, 工作目标, 预期目标 …), 责任领导 (牵头领导, 牵头负责领导 …),
 * 牵头单位 (牵头部门, 主办单位, 牵头责任单位 …), 责任单位 (承办单位, 责任部门 …), 配合单位 (协同责任单位,
 * 参与单位 …), 完成时限 (完成时间, 时间节点 …). A table is one when it has a task or target column and a
 * unit column.
 */
final class TableColumns {

    enum Role { NUMBER, TASK, TARGET, LEADER, LEAD, RESPONSIBLE, PARTICIPATING, DEADLINE }

    private static final Map<Role, Pattern> NAMES = new EnumMap<>(Role.class);

    static {
        NAMES.put(Role.NUMBER, Pattern.compile("序号|编号|序"));
        NAMES.put(Role.TASK, Pattern.compile("(?:重点|主要|具体)?(?:工作)?任务(?:内容|事项|名称)?|工作内容|重点工作|工作事项|任务事项|项目|指标名称|指标|工作措施|主要措施"));
        NAMES.put(Role.TARGET, Pattern.compile("(?:工作|预期|年度|量化|具体|主要)?目标(?:任务|要求)?|任务目标|目标值|预期成效|完成标准"));
        NAMES.put(Role.LEADER, Pattern.compile("(?:责任|牵头|分管|包保|牵头负责)(?:市|区|县)?领导"));
        NAMES.put(Role.LEAD, Pattern.compile("牵头(?:责任)?(?:单位|部门|处室)|主办单位|主责单位"));
        NAMES.put(Role.RESPONSIBLE, Pattern.compile("责任(?:单位|部门)|承办单位|实施单位|监考单位|落实单位"));
        NAMES.put(Role.PARTICIPATING, Pattern.compile("(?:配合|参与|协办|协同|协同责任|参加)(?:单位|部门)"));
        NAMES.put(Role.DEADLINE, Pattern.compile("完成(?:时限|时间|期限|节点)|时间节点|时限(?:要求)?|时间要求|进度安排"));
    }

    private final Map<Role, Integer> columns;

    private TableColumns(Map<Role, Integer> columns) {
        this.columns = columns;
    }

    /** The roles of a header row; unknown headers are left out. */
    static TableColumns of(List<String> header) {
        Map<Role, Integer> found = new EnumMap<>(Role.class);
        for (int i = 0; i < header.size(); i++) {
            Role r = role(header.get(i));
            if (r != null && !found.containsKey(r)) {
                found.put(r, i);
            }
        }
        return new TableColumns(found);
    }

    /** The role of one header cell, or null. */
    static Role role(String header) {
        String h = header.replaceAll("[\\s\\u3000*▲]", "");
        if (h.isEmpty()) {
            return null;
        }
        for (Role r : Role.values()) {
            if (NAMES.get(r).matcher(h).matches()) {
                return r;
            }
        }
        return null;
    }

    /** Whether a row of cells reads as a header: a task or target column and a unit column. */
    static boolean isHeader(List<String> cells) {
        TableColumns c = of(cells);
        return (c.has(Role.TASK) || c.has(Role.TARGET))
                && (c.has(Role.LEAD) || c.has(Role.RESPONSIBLE) || c.has(Role.PARTICIPATING));
    }

    boolean has(Role r) {
        return columns.containsKey(r);
    }

    int column(Role r) {
        return columns.getOrDefault(r, -1);
    }

    List<String> describe(List<String> header) {
        List<String> out = new ArrayList<>();
        columns.forEach((r, i) -> out.add(header.get(i) + "→" + r));
        return out;
    }
}
