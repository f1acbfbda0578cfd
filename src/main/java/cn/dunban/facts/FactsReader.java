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
import cn.dunban.input.InputError;
import cn.dunban.input.InputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a facts document (docs/facts.md), resolves every report and assignment to its target, converts
 * values into the target's unit, and collects every error of the file before giving up, so that a unit
 * fixes its file in one round.
 */
public final class FactsReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> STAGES = Set.of("新上", "技改", "在建", "投产");

    // Every field each object may have; any other is reported with the closest of these names.
    private static final List<String> ROOT_FIELDS = List.of("asOf", "reports", "assignments", "projects", "energy");
    private static final List<String> REPORT_FIELDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("target", "document", "task", "indicator", "asOf", "value", "unit", "done",
                    "reporter"),
            ReportNotes.FIELDS.keySet().stream()).toList();
    private static final List<String> ASSIGNMENT_FIELDS = List.of("target", "document", "task", "indicator", "value",
            "unit", "source");
    private static final List<String> PROJECT_FIELDS = List.of("id", "name", "jurisdiction", "county", "industry",
            "stage", "windowGuidance", "energyReview", "chemical", "inChemicalPark", "threeHigh", "replacement");
    private static final List<String> REPLACEMENT_FIELDS = List.of("capacity", "coal", "energy", "carbon", "pollutant");
    private static final List<String> ENERGY_FIELDS = List.of("jurisdiction", "year", "gdp", "gdpUnit", "energy",
            "energyUnit", "renewableExcluded", "feedstockExcluded", "asOf", "coal", "coalUnit");

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
        w.known(root, "", ROOT_FIELDS);
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
        w.known(n, path, REPORT_FIELDS);
        Optional<Target> target = resolver.resolve(w, n, path);
        LocalDate asOf;
        if (n.has("asOf")) {
            asOf = w.date(n, "asOf", path + ".asOf", true);
        } else {
            asOf = defaultAsOf;
            if (asOf == null) {
                w.error(path + ".asOf", "missing-field", "缺少报告日期 asOf（文件顶层也没有 asOf）");
            }
        }
        Double value = w.number(n, "value", path + ".value");
        Boolean done = w.bool(n, "done", path + ".done");
        String unit = w.text(n, "unit", path + ".unit", FactLimits.MAX_UNIT);
        String reporter = w.text(n, "reporter", path + ".reporter");
        ReportNotes.FIELDS.keySet().forEach(f -> w.text(n, f, path + "." + f));
        if (!n.has("value") && !n.has("done")) {
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
                done, reporter));
    }

    private Optional<Assignment> assignment(Walk w, JsonNode n, String path) {
        int before = w.errors.size();
        w.known(n, path, ASSIGNMENT_FIELDS);
        Optional<Target> target = resolver.resolve(w, n, path);
        Double value = w.number(n, "value", path + ".value");
        String unit = w.text(n, "unit", path + ".unit", FactLimits.MAX_UNIT);
        String source = w.text(n, "source", path + ".source");
        if (!n.has("value")) {
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
        w.known(n, path, PROJECT_FIELDS);
        String id = w.text(n, "id", path + ".id", FactLimits.MAX_ID);
        if (!n.has("id")) {
            w.error(path + ".id", "missing-field", "项目缺少 id");
        }
        String stage = w.text(n, "stage", path + ".stage");
        if (stage != null && !STAGES.contains(stage)) {
            w.error(path + ".stage", "unknown-stage", "“" + stage + "”不是项目阶段（新上、技改、在建、投产）");
        }
        String industry = w.text(n, "industry", path + ".industry");
        if (!n.has("industry")) {
            w.error(path + ".industry", "missing-field", "项目缺少行业 industry");
        }
        Replacement replacement = null;
        JsonNode r = n.get("replacement");
        if (r != null && r.isNull()) {
            w.error(path + ".replacement", "null-value", "值为 null；没有减量替代请省略该字段");
        } else if (r != null) {
            if (!r.isObject()) {
                w.error(path + ".replacement", "not-an-object", "五个减量替代比例应为对象 {capacity, coal, energy, carbon, pollutant}");
            } else {
                String rp = path + ".replacement";
                w.known(r, rp, REPLACEMENT_FIELDS);
                replacement = new Replacement(w.ratio(r, "capacity", rp), w.ratio(r, "coal", rp),
                        w.ratio(r, "energy", rp), w.ratio(r, "carbon", rp), w.ratio(r, "pollutant", rp));
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
        w.known(n, path, ENERGY_FIELDS);
        String jurisdiction = w.text(n, "jurisdiction", path + ".jurisdiction");
        Integer year = w.integer(n, "year", path + ".year", FactLimits.MIN_YEAR, FactLimits.MAX_YEAR);
        Double gdp = w.number(n, "gdp", path + ".gdp");
        Double energy = w.number(n, "energy", path + ".energy");
        for (String required : new String[] {"jurisdiction", "year", "gdp", "energy"}) {
            if (!n.has(required)) {
                w.error(path + "." + required, "missing-field", "能源统计缺少 " + required);
            }
        }
        String gdpUnit = Optional.ofNullable(w.text(n, "gdpUnit", path + ".gdpUnit", FactLimits.MAX_UNIT)).orElse("亿元");
        String energyUnit = Optional.ofNullable(w.text(n, "energyUnit", path + ".energyUnit", FactLimits.MAX_UNIT))
                .orElse("万吨标准煤");
        Double renewable = w.number(n, "renewableExcluded", path + ".renewableExcluded");
        Double feedstock = w.number(n, "feedstockExcluded", path + ".feedstockExcluded");
        LocalDate asOf = w.date(n, "asOf", path + ".asOf", false);
        Double coal = w.number(n, "coal", path + ".coal");
        String coalUnit = Optional.ofNullable(w.text(n, "coalUnit", path + ".coalUnit", FactLimits.MAX_UNIT)).orElse("万吨");
        if (asOf != null && year != null && asOf.getYear() != year) {
            w.error(path + ".asOf", "out-of-range", "截至日期 " + asOf + " 不在统计年度 " + year + " 内");
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
        } else if (g.get() > FactLimits.MAX_GDP_YI_YUAN) {
            w.error(path + ".gdp", "out-of-range", "地区生产总值 " + g.get() + " 亿元超过上限 "
                    + plain(FactLimits.MAX_GDP_YI_YUAN) + " 亿元（100万亿元）；请核对数值和 gdpUnit");
        }
        String[] names = {"energy", "renewableExcluded", "feedstockExcluded", "coal"};
        Double[] amounts = {e.get(), re.get(), fe.get(), c.orElse(null)};
        for (int i = 0; i < names.length; i++) {
            if (amounts[i] != null && (amounts[i] < 0 || amounts[i] > FactLimits.MAX_ENERGY_WAN_TONNES)) {
                w.error(path + "." + names[i], "out-of-range", names[i] + " 折合 " + amounts[i] + " 万吨"
                        + (names[i].equals("coal") ? "" : "标准煤") + "，应在 0 到 " + plain(FactLimits.MAX_ENERGY_WAN_TONNES)
                        + " 之间；请核对数值和单位");
            }
        }
        if (w.errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EnergyStat(jurisdiction, year, g.get(), e.get(), re.get(), fe.get(), asOf,
                c.orElse(null)));
    }

    static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
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

        /** Reports each field of {@code n} that is not among {@code fields}, with the closest known name. */
        void known(JsonNode n, String path, List<String> fields) {
            for (String name : n.propertyNames()) {
                if (fields.contains(name)) {
                    continue;
                }
                String field = path.isEmpty() ? name : path + "." + name;
                String hint = FieldNames.closest(name, fields).map(k -> "您是否想写 " + k + "？").orElse("");
                error(field, "unknown-field", "未知字段“" + name + "”" + (hint.isEmpty() ? "" : "，" + hint)
                        + "（可用: " + String.join(", ", fields) + "）");
            }
        }

        /** A JSON null where a value is written: refused, since reading it as absent would change what was sent. */
        private boolean isNull(JsonNode v, String path, String want) {
            if (v.isNull()) {
                error(path, "null-value", "值为 null；没有这一项请省略该字段，否则应为" + want);
                return true;
            }
            return false;
        }

        String text(JsonNode n, String name, String path) {
            return text(n, name, path, FactLimits.MAX_TEXT);
        }

        String text(JsonNode n, String name, String path, int maxLength) {
            JsonNode v = n.get(name);
            if (v == null || isNull(v, path, "文本")) {
                return null;
            }
            if (!v.isString()) {
                error(path, "wrong-type", "应为文本");
                return null;
            }
            String s = v.asString().strip();
            if (s.isEmpty()) {
                error(path, "empty-value", "值为空；没有这一项请省略该字段");
                return null;
            }
            if (s.codePointCount(0, s.length()) > maxLength) {
                error(path, "too-long", "长 " + s.codePointCount(0, s.length()) + " 个字符，超过上限 " + maxLength);
                return null;
            }
            return s;
        }

        Double number(JsonNode n, String name, String path) {
            JsonNode v = n.get(name);
            if (v == null || isNull(v, path, "数字")) {
                return null;
            }
            if (!v.isNumber()) {
                error(path, "wrong-type", "应为数字（不带单位、不带引号），单位写在 unit 字段");
                return null;
            }
            // Jackson keeps a number too long for a double as a BigInteger or BigDecimal and will not convert it.
            boolean huge = (v.isBigInteger() || v.isBigDecimal())
                    && v.decimalValue().abs().compareTo(java.math.BigDecimal.valueOf(FactLimits.MAX_MAGNITUDE)) > 0;
            double d = huge ? Double.POSITIVE_INFINITY : v.asDouble();
            if (!Double.isFinite(d) || Math.abs(d) > FactLimits.MAX_MAGNITUDE) {
                error(path, "out-of-range", "数值超出范围：绝对值不得超过 " + plain(FactLimits.MAX_MAGNITUDE)
                        + "（10的15次方）；请核对数值和单位");
                return null;
            }
            return d;
        }

        /** A replacement ratio: 0 to {@link FactLimits#MAX_RATIO}. */
        Double ratio(JsonNode n, String name, String parent) {
            String path = parent + "." + name;
            Double d = number(n, name, path);
            if (d != null && (d < 0 || d > FactLimits.MAX_RATIO)) {
                error(path, "out-of-range", "替代比例 " + d + " 应在 0 到 " + plain(FactLimits.MAX_RATIO) + " 之间");
                return null;
            }
            return d;
        }

        Boolean bool(JsonNode n, String name, String path) {
            JsonNode v = n.get(name);
            if (v == null || isNull(v, path, "true 或 false")) {
                return null;
            }
            if (!v.isBoolean()) {
                error(path, "wrong-type", "应为 true 或 false");
                return null;
            }
            return v.asBoolean();
        }

        Integer integer(JsonNode n, String name, String path, int min, int max) {
            JsonNode v = n.get(name);
            if (v == null || isNull(v, path, "整数")) {
                return null;
            }
            if (!v.isIntegralNumber()) {
                error(path, "wrong-type", "应为整数");
                return null;
            }
            if (!v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
                error(path, "out-of-range", "应在 " + min + " 到 " + max + " 之间");
                return null;
            }
            return v.asInt();
        }

        LocalDate date(JsonNode n, String name, String path, boolean required) {
            String s = text(n, name, path, 40);
            if (s == null) {
                if (required && !n.has(name)) {
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
