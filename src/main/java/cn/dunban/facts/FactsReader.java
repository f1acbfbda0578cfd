package cn.dunban.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Target;
import cn.dunban.catalog.Unit;
import cn.dunban.catalog.Units;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a facts document (contract §3), resolves every report and assignment to its target, converts
 * values into the target's unit, and collects every error of the file before giving up, so that a unit
 * fixes its file in one round.
 */
public final class FactsReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> STAGES = Set.of("新上", "技改", "在建", "投产");

    private final TargetResolver resolver;
    private final Plausibility plausibility;

    public FactsReader(Catalog catalog) {
        this(catalog, Clock.systemUTC());
    }

    /** {@code clock} says what day today is, for refusing reports dated after it. */
    public FactsReader(Catalog catalog, Clock clock) {
        this.resolver = new TargetResolver(catalog);
        this.plausibility = new Plausibility(clock);
    }

    public Facts read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(List.of(new InputError(file.toString(), 0, 0, "", "file-not-found", "文件不存在")));
        } catch (IOException e) {
            throw new InputException(List.of(new InputError(file.toString(), 0, 0, "", "io", e.getMessage())));
        }
        return read(bytes, file.toString());
    }

    public Facts read(byte[] json, String source) {
        return tree(json, source).readWith(this);
    }

    /**
     * A JSON facts document as a tree located by line and column. Bytes in GBK/GB18030 or with a BOM, as
     * office PCs save them, are read as the text they are ({@link TextDecoding}).
     */
    public static FactsTree tree(byte[] bytes, String source) {
        byte[] json = TextDecoding.utf8(bytes, source);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InputException(List.of(new InputError(source, line, col, "", "malformed-json",
                    "不是合法的 JSON: " + e.getOriginalMessage())));
        }
        JsonLocations lines = new JsonLocations(JSON, json);
        return new FactsTree(root, pointer -> {
            int[] at = lines.at(pointer);
            return new Place(source, at[0], at[1]);
        });
    }

    /**
     * Reads a facts tree however it arrived — parsed from JSON, built from a ledger's rows, a form or
     * stored rows — with {@code locator} telling where each value came from.
     */
    public Facts read(JsonNode root, Locator locator) {
        Walk w = new Walk(locator);
        if (root == null || !root.isObject()) {
            w.error("", "not-an-object", "事实文件应为一个 JSON 对象 {…}");
            throw new InputException(w.errors);
        }
        LocalDate asOf = w.date(root, "asOf", "asOf", false);
        List<Assignment> assignments = new ArrayList<>();
        forEach(w, root, "assignments", (n, path) -> assignment(w, n, path).ifPresent(assignments::add));
        Map<String, Assignment> assigned = new java.util.HashMap<>();
        assignments.forEach(a -> assigned.put(a.target(), a));
        List<Report> reports = new ArrayList<>();
        forEach(w, root, "reports", (n, path) -> report(w, n, path, asOf, assigned).ifPresent(reports::add));
        List<Project> projects = new ArrayList<>();
        forEach(w, root, "projects", (n, path) -> project(w, n, path).ifPresent(projects::add));
        List<EnergyStat> energy = new ArrayList<>();
        forEach(w, root, "energy", (n, path) -> energy(w, n, path).ifPresent(energy::add));
        for (var field : root.properties()) {
            if (!Set.of("asOf", "reports", "assignments", "projects", "energy").contains(field.getKey())) {
                w.error(field.getKey(), "unknown-field", "未知字段（可用: asOf, reports, assignments, projects, energy）");
            }
        }
        if (!w.errors.isEmpty()) {
            throw new InputException(w.errors);
        }
        return new Facts(asOf, reports, assignments, projects, energy);
    }

    private interface Item {
        void accept(JsonNode node, String path);
    }

    private static void forEach(Walk w, JsonNode root, String name, Item item) {
        JsonNode list = root.get(name);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            w.error(name, "not-a-list", "应为数组 […]");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String path = name + "[" + i + "]";
            if (!n.isObject()) {
                w.error(path, "not-an-object", "应为对象 {…}");
                continue;
            }
            item.accept(n, path);
        }
    }

    private Optional<Report> report(Walk w, JsonNode n, String path, LocalDate defaultAsOf,
            Map<String, Assignment> assigned) {
        int before = w.errors.size();
        Optional<Target> target = resolver.resolve(w, n, path);
        LocalDate asOf = w.date(n, "asOf", path + ".asOf", false);
        if (asOf == null) {
            asOf = defaultAsOf;
            if (asOf == null && !n.has("asOf")) {
                w.error(path + ".asOf", "missing-field", "缺少报告日期 asOf（文件顶层也没有 asOf）");
            }
        }
        Double value = w.number(n, "value", path + ".value");
        Boolean done = w.bool(n, "done", path + ".done");
        String unit = w.text(n, "unit", path + ".unit");
        String reporter = w.text(n, "reporter", path + ".reporter");
        ReportNotes.FIELDS.keySet().forEach(f -> w.text(n, f, path + "." + f));
        if (value == null && done == null && !n.has("value") && !n.has("done")) {
            w.error(path, "missing-field", "报告应有 value（数值）或 done（是否完成）");
        }
        if (target.isEmpty() || w.errors.size() > before) {
            return Optional.empty();
        }
        Target t = target.get();
        Double converted = value;
        String targetUnit = t.unit() != null ? t.unit()
                : Optional.ofNullable(assigned.get(t.id())).map(Assignment::unit).orElse(null);
        if (value != null && targetUnit != null) {
            if (unit == null) {
                w.error(path + ".unit", "missing-field", "缺少单位；目标 " + t.id() + " 的单位是“" + targetUnit + "”");
                return Optional.empty();
            }
            Optional<Double> c = convert(w, path + ".unit", value, unit, targetUnit, t.id());
            if (c.isEmpty()) {
                return Optional.empty();
            }
            converted = c.get();
        } else if (value != null && unit != null && Units.parse(unit).isEmpty()) {
            w.error(path + ".unit", "unknown-unit", "未知单位“" + unit + "”");
            return Optional.empty();
        }
        if (!plausibility.report(w, path, t, asOf, converted, targetUnit != null ? targetUnit : unit)) {
            return Optional.empty();
        }
        return Optional.of(new Report(t.id(), asOf, converted, targetUnit != null ? targetUnit : unit, value, unit,
                done, reporter, false));
    }

    private Optional<Assignment> assignment(Walk w, JsonNode n, String path) {
        int before = w.errors.size();
        Optional<Target> target = resolver.resolve(w, n, path);
        Double value = w.number(n, "value", path + ".value");
        String unit = w.text(n, "unit", path + ".unit");
        String source = w.text(n, "source", path + ".source");
        if (value == null && !n.has("value")) {
            w.error(path + ".value", "missing-field", "下达指标应有 value");
        }
        if (target.isEmpty() || value == null || w.errors.size() > before) {
            return Optional.empty();
        }
        Target t = target.get();
        if (t.unit() != null) {
            if (unit == null) {
                w.error(path + ".unit", "missing-field", "缺少单位；目标 " + t.id() + " 的单位是“" + t.unit() + "”");
                return Optional.empty();
            }
            return convert(w, path + ".unit", value, unit, t.unit(), t.id())
                    .map(v -> new Assignment(t.id(), v, t.unit(), source));
        }
        if (unit != null && Units.parse(unit).isEmpty()) {
            w.error(path + ".unit", "unknown-unit", "未知单位“" + unit + "”");
            return Optional.empty();
        }
        return Optional.of(new Assignment(t.id(), value, unit, source));
    }

    private Optional<Project> project(Walk w, JsonNode n, String path) {
        int before = w.errors.size();
        String id = w.text(n, "id", path + ".id");
        if (id == null) {
            w.error(path + ".id", "missing-field", "项目缺少 id");
        }
        String stage = w.text(n, "stage", path + ".stage");
        if (stage != null && !STAGES.contains(stage)) {
            w.error(path + ".stage", "unknown-stage", "“" + stage + "”不是项目阶段（新上、技改、在建、投产）");
        }
        String industry = w.text(n, "industry", path + ".industry");
        if (industry == null) {
            w.error(path + ".industry", "missing-field", "项目缺少行业 industry");
        }
        Replacement replacement = null;
        JsonNode r = n.get("replacement");
        if (r != null && !r.isNull()) {
            if (!r.isObject()) {
                w.error(path + ".replacement", "not-an-object", "五个减量替代比例应为对象 {capacity, coal, energy, carbon, pollutant}");
            } else {
                String rp = path + ".replacement";
                for (var f : r.properties()) {
                    if (!Set.of("capacity", "coal", "energy", "carbon", "pollutant").contains(f.getKey())) {
                        w.error(rp + "." + f.getKey(), "unknown-field", "未知替代维度（可用: capacity 产能, coal 煤耗, energy 能耗, carbon 碳排放, pollutant 污染物排放）");
                    }
                }
                replacement = new Replacement(w.number(r, "capacity", rp + ".capacity"), w.number(r, "coal", rp + ".coal"),
                        w.number(r, "energy", rp + ".energy"), w.number(r, "carbon", rp + ".carbon"),
                        w.number(r, "pollutant", rp + ".pollutant"));
            }
        }
        Project p = new Project(id, w.text(n, "name", path + ".name"), w.text(n, "jurisdiction", path + ".jurisdiction"),
                w.text(n, "county", path + ".county"), industry, stage,
                w.bool(n, "windowGuidance", path + ".windowGuidance"), w.bool(n, "energyReview", path + ".energyReview"),
                w.bool(n, "chemical", path + ".chemical"), w.bool(n, "inChemicalPark", path + ".inChemicalPark"),
                w.bool(n, "threeHigh", path + ".threeHigh"), replacement);
        return w.errors.size() > before ? Optional.empty() : Optional.of(p);
    }

    private Optional<EnergyStat> energy(Walk w, JsonNode n, String path) {
        int before = w.errors.size();
        String jurisdiction = w.text(n, "jurisdiction", path + ".jurisdiction");
        Double year = w.number(n, "year", path + ".year");
        Double gdp = w.number(n, "gdp", path + ".gdp");
        Double energy = w.number(n, "energy", path + ".energy");
        for (String required : new String[] {"jurisdiction", "year", "gdp", "energy"}) {
            if (!n.has(required)) {
                w.error(path + "." + required, "missing-field", "能源统计缺少 " + required);
            }
        }
        String gdpUnit = Optional.ofNullable(w.text(n, "gdpUnit", path + ".gdpUnit")).orElse("亿元");
        String energyUnit = Optional.ofNullable(w.text(n, "energyUnit", path + ".energyUnit")).orElse("万吨标准煤");
        Double renewable = w.number(n, "renewableExcluded", path + ".renewableExcluded");
        Double feedstock = w.number(n, "feedstockExcluded", path + ".feedstockExcluded");
        LocalDate asOf = w.date(n, "asOf", path + ".asOf", false);
        Double coal = w.number(n, "coal", path + ".coal");
        String coalUnit = Optional.ofNullable(w.text(n, "coalUnit", path + ".coalUnit")).orElse("万吨");
        if (asOf != null && year != null && asOf.getYear() != year.intValue()) {
            w.error(path + ".asOf", "out-of-range", "截至日期 " + asOf + " 不在统计年度 " + year.intValue() + " 内");
        }
        plausibility.notFuture(w, path + ".asOf", asOf);
        plausibility.amount(w, path + ".energy", energy, "能源消费总量");
        plausibility.amount(w, path + ".coal", coal, "煤炭消费量");
        plausibility.amount(w, path + ".renewableExcluded", renewable, "新增可再生能源消费量");
        plausibility.amount(w, path + ".feedstockExcluded", feedstock, "原料用能");
        if (w.errors.size() > before) {
            return Optional.empty();
        }
        Optional<Double> g = convert(w, path + ".gdpUnit", gdp, gdpUnit, "亿元", null);
        Optional<Double> e = convert(w, path + ".energyUnit", energy, energyUnit, "万吨标准煤", null);
        Optional<Double> re = convert(w, path + ".energyUnit", renewable == null ? 0 : renewable, energyUnit, "万吨标准煤", null);
        Optional<Double> fe = convert(w, path + ".energyUnit", feedstock == null ? 0 : feedstock, energyUnit, "万吨标准煤", null);
        Optional<Double> c = coal == null ? Optional.empty() : convert(w, path + ".coalUnit", coal, coalUnit, "万吨", null);
        if (g.isEmpty() || e.isEmpty() || re.isEmpty() || fe.isEmpty() || (coal != null && c.isEmpty())) {
            return Optional.empty();
        }
        if (g.get() <= 0) {
            w.error(path + ".gdp", "out-of-range", "地区生产总值应大于0");
            return Optional.empty();
        }
        return Optional.of(new EnergyStat(jurisdiction, year.intValue(), g.get(), e.get(), re.get(), fe.get(), asOf,
                c.orElse(null)));
    }

    private static Optional<Double> convert(Walk w, String field, double value, String from, String to, String targetId) {
        Optional<Unit> a = Units.parse(from);
        if (a.isEmpty()) {
            w.error(field, "unknown-unit", "未知单位“" + from + "”");
            return Optional.empty();
        }
        Unit b = Units.parse(to).orElseThrow();
        if (a.get().dimension() != b.dimension()) {
            w.error(field, "unit-dimension", "单位“" + from + "”（" + a.get().dimension().label() + "）与"
                    + (targetId == null ? "" : "目标 " + targetId + " 的") + "单位“" + to + "”（"
                    + b.dimension().label() + "）不是同一量纲");
            return Optional.empty();
        }
        return Optional.of(a.get().convert(value, b));
    }

    /** The state of one file's reading: where things are, and every error so far. */
    static final class Walk {
        final Locator locator;
        final List<InputError> errors = new ArrayList<>();

        Walk(Locator locator) {
            this.locator = locator;
        }

        void error(String field, String code, String message) {
            Place at = locator.at(pointer(field));
            errors.add(new InputError(at.file(), at.line(), at.column(), field, code, message));
        }

        String text(JsonNode n, String name, String path) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isString()) {
                error(path, "wrong-type", "应为文本");
                return null;
            }
            String s = v.asString().strip();
            return s.isEmpty() ? null : s;
        }

        Double number(JsonNode n, String name, String path) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                error(path, "wrong-type", "应为数字（不带单位、不带引号），单位写在 unit 字段");
                return null;
            }
            double d = v.asDouble();
            if (!Double.isFinite(d)) {
                error(path, "wrong-type", "应为有限数字");
                return null;
            }
            return d;
        }

        Boolean bool(JsonNode n, String name, String path) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                error(path, "wrong-type", "应为 true 或 false");
                return null;
            }
            return v.asBoolean();
        }

        Integer integer(JsonNode n, String name, String path) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                error(path, "wrong-type", "应为整数");
                return null;
            }
            return v.asInt();
        }

        LocalDate date(JsonNode n, String name, String path, boolean required) {
            String s = text(n, name, path);
            if (s == null) {
                if (required) {
                    error(path, "missing-field", "缺少日期");
                }
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                error(path, "bad-date", "“" + s + "”不是 YYYY-MM-DD 格式的日期");
                return null;
            }
        }

        private static String pointer(String field) {
            if (field == null || field.isEmpty()) {
                return "";
            }
            return "/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        }
    }
}
