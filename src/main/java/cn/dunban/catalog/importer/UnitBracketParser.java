package cn.dunban.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bracket that names who answers for a task — "（牵头单位：A、B；参与单位：C）",
 * "(牵头领导:张三。承办单位:A、B)" — and takes it out of the task text so that its words are not
 * mistaken for clauses. The bracket may span lines and mix full- and half-width brackets, as PDF
 * conversion leaves it.
 *
 * <p>"责任单位"/"承办单位" lead when the bracket names no 牵头单位; next to one they are participants
 * (catalog guide: "参与单位/配合单位/责任单位 → participatingUnits when the document distinguishes them").
 */
final class UnitBracketParser {

    record Assignment(Snippet body, List<String> leadUnits, List<String> participatingUnits,
                      List<String> leadLeaders, List<String> ignored) {
    }

    private static final String LEAD = "牵头责任单位|牵头单位|牵头部门|主办单位|牵头处室";
    private static final String PARTICIPATING = "协同责任单位|参与单位|配合单位|协办单位|参加单位|协同单位|配合部门|参与部门";
    private static final String RESPONSIBLE = "责任单位|责任部门|承办单位|实施单位";
    private static final String LEADER = "牵头负责领导|牵头领导|责任领导|分管领导|牵头市领导|包保领导|牵头区领导|牵头县领导";
    /**
     * Any label, longest first, so that "牵头责任单位：" is found before the "责任单位：" inside it. Labels written
     * one per line lose their line breaks in the cleaned text ("牵头单位:区发改局责任单位:…"): each label starts
     * a new part.
     */
    private static final Pattern ANY_LABEL = Pattern.compile(
            "(?:" + LEADER + "|" + LEAD + "|" + PARTICIPATING + "|" + RESPONSIBLE + "|牵头)[：:]");
    private static final Pattern OPEN = Pattern.compile(
            "[（(](?=(?:" + LEAD + "|" + PARTICIPATING + "|" + RESPONSIBLE + "|" + LEADER + "|牵头)[：:])");
    /** A label starting a sentence, without brackets. */
    private static final Pattern BARE = Pattern.compile(
            "(?:^|[。；;\n])((?:" + LEAD + "|" + RESPONSIBLE + "|" + LEADER + ")[：:])");
    private static final Pattern LABELLED = Pattern.compile(
            "^(" + LEAD + "|" + PARTICIPATING + "|" + RESPONSIBLE + "|" + LEADER + "|牵头)[：:](.*)$");
    /** Lower levels named as a whole: they take part, they do not lead. */
    private static final Pattern LOCAL = Pattern.compile("^(?:各|相关|有关)(?:镇街|镇|街道|乡镇|县区|县市区|县（市、区）)");
    private static final Pattern SUFFIX = Pattern.compile("(?:按职责分工负责|按职责分工|分别负责|负责)$");

    Assignment parse(Snippet body) {
        String t = body.text();
        int open = -1;
        for (Matcher m = OPEN.matcher(t); m.find(); ) {
            open = m.start();
        }
        String inside;
        Snippet rest;
        if (open >= 0) {
            int close = matchingClose(t, open);
            inside = t.substring(open + 1, close < 0 ? t.length() : close);
            rest = Snippet.concat(body.squeezedDocument(),
                    List.of(body.subSequence(0, open), body.from(close < 0 ? t.length() : close + 1)));
        } else {
            // no bracket: "…。责任单位：市发展改革委、市财政局" closing the task
            Matcher bare = BARE.matcher(t);
            if (!bare.find()) {
                return new Assignment(body, List.of(), List.of(), List.of(), List.of());
            }
            int at = bare.start(1);
            inside = t.substring(at);
            rest = body.subSequence(0, at);
        }

        List<String> lead = new ArrayList<>();
        List<String> participating = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        List<List<String>> responsibleGroups = new ArrayList<>();
        List<String> leaders = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String part : separateLabels(inside).split("[；;。]")) {
            Matcher m = LABELLED.matcher(part.strip());
            if (!m.matches()) {
                if (!part.isBlank()) {
                    ignored.add(part.strip());
                }
                continue;
            }
            String label = m.group(1);
            List<String> names = names(m.group(2));
            if (label.matches(LEAD) || label.equals("牵头")) {
                lead.addAll(names);
            } else if (label.matches(PARTICIPATING)) {
                participating.addAll(names);
            } else if (label.matches(RESPONSIBLE)) {
                responsible.addAll(names);
                for (String group : m.group(2).split("[，,]")) {
                    List<String> g = names(group);
                    if (!g.isEmpty()) {
                        responsibleGroups.add(g);
                    }
                }
            } else {
                leaders.addAll(names);
            }
        }
        if (!lead.isEmpty()) {
            participating.addAll(responsible);
        } else if (!responsibleGroups.isEmpty()) {
            // "承办单位:A、B,C、D,各镇街" with no 牵头单位: the first group leads ("黑体为主办单位" in the
            // original, a mark plain text loses); later groups and the towns and streets (各镇街) take part
            for (int g = 0; g < responsibleGroups.size(); g++) {
                for (String name : responsibleGroups.get(g)) {
                    (g == 0 && !LOCAL.matcher(name).find() ? lead : participating).add(name);
                }
            }
            if (lead.isEmpty()) {
                lead.addAll(participating);
                participating.clear();
            }
        }
        return new Assignment(rest, lead, participating, leaders, ignored);
    }

    private static String separateLabels(String inside) {
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (Matcher m = ANY_LABEL.matcher(inside); m.find(); ) {
            b.append(inside, last, m.start());
            if (m.start() > 0 && "；;。".indexOf(inside.charAt(m.start() - 1)) < 0) {
                b.append('；');
            }
            last = m.start();
        }
        return b.append(inside.substring(last)).toString();
    }

    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String name : list.split("[、，,]")) {
            String n = SUFFIX.matcher(name.strip()).replaceAll("").strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** Index of the bracket closing the one at {@code open} (either width), or -1 if it never closes. */
    private static int matchingClose(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
