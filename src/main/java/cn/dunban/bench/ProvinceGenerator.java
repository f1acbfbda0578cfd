package cn.dunban.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import cn.dunban.bench.Jurisdiction.Kind;
import cn.dunban.catalog.Catalog;
import cn.dunban.catalog.Comparator;
import cn.dunban.catalog.Document;
import cn.dunban.catalog.Measure;
import cn.dunban.catalog.Target;
import cn.dunban.facts.Assignment;
import cn.dunban.facts.EnergyStat;
import cn.dunban.facts.Facts;
import cn.dunban.facts.Project;
import cn.dunban.facts.Replacement;
import cn.dunban.facts.Report;

/**
 * Generates a synthetic province from the five real catalogs, deterministically from a seed.
 *
 * <p>Every jurisdiction adopts three plans cloned from the real documents: a 2023 plan (a city takes
 * JN2023, a county HZ2023, a zone JNETDZ2023), JN2024 and YZ2025. A clone keeps every field of its
 * template target (text, comparator, value, unit, measure, deadline, strength, units) and gets a
 * jurisdiction-prefixed document code, so {@code YZ2025-3-2} of 济宁一区 becomes {@code YZ2025@370801-3-2}:
 * the documented {@code {CODE}-{task}-{n}} form with a code of its own.
 *
 * <p>Units report monthly on each target of its year, up to the check date (2025-11-30): most on pace,
 * some behind, some short at year end, some only quarterly, some starting late, a few never; floors
 * occasionally broken, 清零 targets not always cleared, milestones done late or not at all; now and then
 * a same-day correction. Targets whose value is set elsewhere get an assignment or done/not-done reports.
 * Each jurisdiction draws from its own random stream, so a jurisdiction's data does not depend on the size.
 */
public final class ProvinceGenerator {

    /** The date the benchmark checks as of: 2023 and 2024 plans are closed, 2025 plans in their last month. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 11, 30);

    private static final String[] CITIES = {"济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海",
        "日照", "临沂", "德州", "聊城", "滨州", "菏泽"};
    private static final int[] CITY_CODES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17};
    private static final int[] COUNTIES = {9, 9, 7, 5, 4, 8, 9, 10, 5, 3, 3, 9, 7, 7, 6, 9};
    private static final int[] ZONES = {2, 2, 1, 1, 2, 2, 2, 2, 1, 1, 1, 2, 1, 1, 1, 2};
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    private static final String[] ZONE_NAMES = {"经济技术开发区", "高新技术产业开发区"};
    /** Industries as the documents and the 两高 list name them (the first {@link #LIANGGAO}); chemical ones marked. */
    private static final String[] INDUSTRIES = {"钢铁", "铸造用生铁", "铁合金", "电解铝", "水泥", "水泥熟料", "水泥粉磨站", "石灰",
        "建筑陶瓷", "平板玻璃", "煤电", "炼化", "焦化", "甲醇", "氮肥", "氯碱", "电石",
        "乙烯", "有机肥料", "生物医药", "新材料", "新能源汽车零部件", "高端装备", "食品加工"};
    private static final boolean[] CHEMICAL = {false, false, false, false, false, false, false, false,
        false, false, false, true, true, true, true, true, true,
        true, true, true, true, false, false, false};
    private static final int LIANGGAO = 17;
    private static final String[] STAGES = {"新上", "技改", "在建", "投产"};

    private final Map<String, List<Target>> templates = new LinkedHashMap<>();
    private Consumer<String> progress = s -> { };
    private final Map<String, Document> templateDocs = new HashMap<>();
    private final LocalDate[][] monthEnds = new LocalDate[3][13];

    public ProvinceGenerator(Catalog realCatalog) {
        for (Document d : realCatalog.documents()) {
            templateDocs.put(d.code(), d);
            templates.put(d.code(), new ArrayList<>());
        }
        for (Target t : realCatalog.targets()) {
            templates.get(t.document()).add(t);
        }
        for (int y = 0; y < 3; y++) {
            for (int m = 1; m <= 12; m++) {
                monthEnds[y][m] = YearMonth.of(2023 + y, m).atEndOfMonth();
            }
        }
    }

    /** Where to say how far generation has got (every tenth of the jurisdictions). */
    public ProvinceGenerator progress(Consumer<String> progress) {
        this.progress = progress;
        return this;
    }

    /** The jurisdictions of a size: per copy, each city followed by its counties and zones. */
    public static List<Jurisdiction> jurisdictions(Size size) {
        List<Jurisdiction> out = new ArrayList<>();
        for (int copy = 0; copy < size.copies(); copy++) {
            for (int c = 0; c < CITIES.length && c < size.cities(); c++) {
                // small is one city: 济宁 (index 7), whose real plans the catalogs are
                int city = size.cities() == 1 ? 7 : c;
                String suffix = copy == 0 ? "" : "·" + (copy + 1);
                String cityName = CITIES[city] + "市" + suffix;
                String code = String.format("%02d%02d", 37 + copy, CITY_CODES[city]);
                out.add(new Jurisdiction(cityName, code, Kind.CITY, cityName, plansOf(Kind.CITY)));
                for (int k = 0; k < COUNTIES[city]; k++) {
                    out.add(new Jurisdiction(CITIES[city] + NUMERALS[k] + (k < 3 ? "区" : "县") + suffix,
                            code + String.format("%02d", k + 1), Kind.COUNTY, cityName, plansOf(Kind.COUNTY)));
                }
                for (int z = 0; z < ZONES[city]; z++) {
                    out.add(new Jurisdiction(CITIES[city] + ZONE_NAMES[z] + suffix, code + String.format("%02d", 71 + z),
                            Kind.ZONE, cityName, plansOf(Kind.ZONE)));
                }
            }
        }
        return out;
    }

    public Province generate(Size size, long seed) {
        return generate(size, jurisdictions(size), seed);
    }

    /** A part of a size's province: the jurisdictions given (e.g. two of its cities), generated as in the whole. */
    public Province generate(Size size, List<Jurisdiction> jurisdictions, long seed) {
        List<Document> documents = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<EnergyStat> energy = new ArrayList<>();
        Map<String, List<Jurisdiction>> countiesOf = new HashMap<>();
        jurisdictions.stream().filter(j -> j.kind() == Kind.COUNTY)
                .forEach(j -> countiesOf.computeIfAbsent(j.city(), k -> new ArrayList<>()).add(j));
        for (int i = 0; i < jurisdictions.size(); i++) {
            Jurisdiction j = jurisdictions.get(i);
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + j.code().hashCode());
            for (String code : j.plans()) {
                Document template = templateDocs.get(code);
                String doc = code + "@" + j.code();
                documents.add(new Document(doc, template.title() + "（" + j.name() + "）", j.name(), template.year()));
                for (Target t : templates.get(code)) {
                    Target clone = clone(t, doc, j.name());
                    targets.add(clone);
                    plan(clone, rng, reports, assignments);
                }
            }
            projects(j, countiesOf.getOrDefault(j.city(), List.of(j)), rng, projects);
            energy(j, rng, energy);
            if ((i + 1) % Math.max(1, jurisdictions.size() / 10) == 0) {
                progress.accept(String.format("%d/%d jurisdictions, %d targets, %d reports", i + 1, jurisdictions.size(),
                        targets.size(), reports.size()));
            }
        }
        Catalog catalog = new Catalog(documents, targets);
        return new Province(size, seed, jurisdictions, catalog, new Facts(AS_OF, reports, assignments, projects, energy),
                AS_OF);
    }

    /**
     * A batch of {@code n} new reports, as units send them between two checks: for targets chosen at
     * random, a report at the target's latest reporting date (a correction, or a report that was
     * missing), with a fresh outcome. Deterministic from the seed.
     */
    public List<Report> batch(Province province, long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Target> targets = new ArrayList<>(province.catalog().targets());
        Map<String, Assignment> assigned = new HashMap<>();
        province.facts().assignments().forEach(a -> assigned.put(a.target(), a));
        List<Report> out = new ArrayList<>(n);
        while (out.size() < n) {
            Target t = targets.get(rng.nextInt(targets.size()));
            int last = lastMonth(t);
            if (last < 1) {
                continue;
            }
            Assignment a = assigned.get(t.id());
            Series s = series(t, a == null ? null : a.value(), a == null ? t.unit() : a.unit(), rng);
            out.add(s.report(t, last));
        }
        return out;
    }

    private static List<String> plansOf(Kind kind) {
        return switch (kind) {
            case CITY -> List.of("JN2023", "JN2024", "YZ2025");
            case COUNTY -> List.of("HZ2023", "JN2024", "YZ2025");
            case ZONE -> List.of("JNETDZ2023", "JN2024", "YZ2025");
        };
    }

    private static Target clone(Target t, String document, String jurisdiction) {
        String id = document + t.id().substring(t.document().length()); // JN2023-12-3 → JN2023@3708-12-3
        return new Target(id, document, t.task(), t.taskTitle(), jurisdiction, t.year(), t.text(), t.indicator(),
                t.comparator(), t.value(), t.valueMax(), t.unit(), t.measure(), t.deadline(), t.strength(),
                t.leadUnits(), t.participatingUnits(), t.leadLeaders());
    }

    /** The last month of the target's year a unit reports on by the check date (0: none yet). */
    private static int lastMonth(Target t) {
        if (t.year() > AS_OF.getYear()) {
            return 0;
        }
        int last = t.year() < AS_OF.getYear() ? 12 : AS_OF.getMonthValue();
        if (t.deadline().getYear() == t.year()) {
            last = Math.min(last, t.deadline().getMonthValue());
        }
        return last;
    }

    /** A target's reports over its year, and an assignment where its document sets no value. */
    private void plan(Target t, SplittableRandom rng, List<Report> reports, List<Assignment> assignments) {
        Double assigned = null;
        String unit = t.unit();
        if (t.value() == null && t.comparator() != Comparator.MILESTONE && t.comparator() != Comparator.ZERO) {
            // energy and coal targets always get their 省定 value; of the others, half report against an
            // assigned value, a quarter before it arrives, a quarter by done / not done
            boolean energy = t.indicator().contains("能耗") || t.indicator().contains("节能") || t.indicator().contains("煤炭");
            double u = energy ? 0 : rng.nextDouble();
            if (u < 0.75) {
                if (t.indicator().contains("煤炭")) {
                    unit = "万吨";
                    assigned = round(5 + rng.nextDouble(55));
                } else if (t.measure() == Measure.RATE) {
                    unit = "%";
                    assigned = round(1 + rng.nextDouble(7));
                } else {
                    assigned = round(10 + rng.nextDouble(990));
                }
                if (u < 0.5) {
                    assignments.add(new Assignment(t.id(), assigned, unit, "市下达"));
                }
            }
        }
        Series s = series(t, assigned, unit, rng);
        int last = lastMonth(t);
        double pattern = rng.nextDouble();
        if (pattern < 0.04) {
            return; // never reported
        }
        int first = 1;
        int step = 1;
        if (pattern < 0.10) {
            first = 3;
            step = 3; // quarterly
        } else if (pattern < 0.16) {
            first = 3 + rng.nextInt(6); // starts late
        }
        for (int m = first; m <= last; m += step) {
            Report r = s.report(t, m);
            reports.add(r);
            if (rng.nextDouble() < 0.10) {
                reports.add(series(t, assigned, unit, rng).report(t, m)); // same-day correction, later in the input
            }
        }
    }

    /** How a target goes over its year: the outcome drawn once, the monthly values following from it. */
    private Series series(Target t, Double assigned, String unit, SplittableRandom rng) {
        double u = rng.nextDouble();
        // achievement at year end, relative to the goal in the good direction
        double f = u < 0.55 ? 1 + rng.nextDouble(0.15) : u < 0.70 ? 0.9 + rng.nextDouble(0.1)
                : u < 0.85 ? 0.6 + rng.nextDouble(0.3) : 1.15 + rng.nextDouble(0.25);
        double shape = 0.7 + rng.nextDouble(0.9); // <1 front-loaded, >1 back-loaded (behind pace mid-year)
        int doneMonth = 2 + rng.nextInt(14); // after 12: never done this year
        boolean floorBroken = rng.nextDouble() < 0.12;
        int floorDip = 1 + rng.nextInt(12);
        long salt = rng.nextLong();
        return new Series(assigned, unit, f, shape, doneMonth, floorBroken, floorDip, salt);
    }

    private final class Series {
        final Double assigned;
        final String unit;
        final double f;
        final double shape;
        final int doneMonth;
        final boolean floorBroken;
        final int floorDip;
        final long salt;

        Series(Double assigned, String unit, double f, double shape, int doneMonth, boolean floorBroken, int floorDip,
                long salt) {
            this.assigned = assigned;
            this.unit = unit;
            this.f = f;
            this.shape = shape;
            this.doneMonth = doneMonth;
            this.floorBroken = floorBroken;
            this.floorDip = floorDip;
            this.salt = salt;
        }

        Report report(Target t, int month) {
            LocalDate date = monthEnds[t.year() - 2023][month];
            String reporter = t.leadUnits().isEmpty() ? null : t.leadUnits().get(0);
            Double goal = t.value() != null ? t.value() : assigned;
            if (t.comparator() == Comparator.MILESTONE || (goal == null && t.comparator() != Comparator.ZERO)) {
                return new Report(t.id(), date, null, unit, null, null, month >= doneMonth, reporter);
            }
            Double value;
            double noise = 1 + 0.03 * Math.sin(salt + month * 7.0);
            if (t.comparator() == Comparator.ZERO) {
                if (unit == null) {
                    return new Report(t.id(), date, null, null, null, null, month >= doneMonth, reporter);
                }
                int start = 1 + (int) Math.floorMod(salt, 20);
                value = (double) Math.max(0, Math.round(start * (1 - (double) month / doneMonth)));
            } else {
                boolean lowerIsBetter = t.comparator() == Comparator.LE || t.comparator() == Comparator.LT;
                double achieved = lowerIsBetter ? 2 - f : f;
                double share = (double) month / 12;
                value = switch (t.measure()) {
                    case CUMULATIVE -> goal * achieved * Math.pow(share, lowerIsBetter ? 1 : shape);
                    case LEVEL -> goal * achieved * (0.85 + 0.15 * share) * noise;
                    case RATE -> goal * achieved * noise;
                    case FLOOR -> goal * (floorBroken && month == floorDip ? 0.97 : 1.01 + 0.02 * noise);
                    case EVENT -> goal * achieved;
                };
                value = round(value);
            }
            return new Report(t.id(), date, value, unit, value, unit, null, reporter);
        }
    }

    private static void projects(Jurisdiction j, List<Jurisdiction> counties, SplittableRandom rng, List<Project> out) {
        int n = 20 + rng.nextInt(27);
        for (int i = 1; i <= n; i++) {
            int ind = rng.nextDouble() < 0.6 ? rng.nextInt(LIANGGAO) : LIANGGAO + rng.nextInt(INDUSTRIES.length - LIANGGAO);
            String industry = INDUSTRIES[ind];
            boolean chemical = CHEMICAL[ind];
            String stage = STAGES[pick(rng, 0.35, 0.25, 0.20)];
            String county = j.kind() == Kind.CITY ? counties.get(rng.nextInt(counties.size())).name() : j.name();
            Replacement replacement = null;
            if (ind < LIANGGAO && !stage.equals("投产") && rng.nextDouble() > 0.05) {
                double capacity = switch (industry) {
                    case "水泥粉磨站" -> 2;
                    case "水泥", "水泥熟料", "炼化", "电解铝", "煤电" -> 1.5;
                    case "钢铁", "焦化", "电石", "氯碱", "平板玻璃" -> 1.25;
                    case "铁合金" -> 1.2;
                    default -> 1.0;
                };
                double[] r = {capacity, 1.1, 1.0, 1.2, 1.0};
                int short1 = rng.nextDouble() < 0.12 ? rng.nextInt(5) : -1;
                int missing = rng.nextDouble() < 0.05 ? rng.nextInt(5) : -1;
                Double[] v = new Double[5];
                for (int k = 0; k < 5; k++) {
                    v[k] = k == missing ? null
                            : round(r[k] * (k == short1 ? 0.8 + rng.nextDouble(0.19) : 1 + rng.nextDouble(0.2)));
                }
                replacement = new Replacement(v[0], v[1], v[2], v[3], v[4]);
            }
            out.add(new Project(String.format("P-%s-%03d", j.code(), i), county + industry + "项目" + i, j.city(), county,
                    industry, stage, flag(rng, 0.85, 0.05), flag(rng, 0.88, 0.04), chemical,
                    chemical ? flag(rng, 0.85, 0.0) : null, rng.nextDouble() < 0.10, replacement));
        }
    }

    /**
     * Full-year statistics 2022–2024 and year-to-date (1—9月) ones for 2024 and 2025, with coal: intensity
     * falling or rising a few percent a year, coal cut or not.
     */
    private static void energy(Jurisdiction j, SplittableRandom rng, List<EnergyStat> out) {
        double gdp = switch (j.kind()) {
            case CITY -> 3000 + rng.nextDouble(3000);
            case COUNTY -> 300 + rng.nextDouble(600);
            case ZONE -> 150 + rng.nextDouble(450);
        };
        double intensity = 0.35 + rng.nextDouble(0.25);
        double coal = gdp * (0.3 + rng.nextDouble(0.3));
        for (int year = 2022; year <= 2025; year++) {
            double energy = gdp * intensity;
            double renewable = rng.nextDouble() < 0.3 ? round(energy * rng.nextDouble(0.03)) : 0;
            double feedstock = rng.nextDouble() < 0.3 ? round(energy * rng.nextDouble(0.08)) : 0;
            if (year < 2025) {
                out.add(new EnergyStat(j.name(), year, round(gdp), round(energy), renewable, feedstock, null, round(coal)));
            }
            if (year >= 2024) {
                double share = 0.74 + rng.nextDouble(0.02); // 1—9月 of the year's figures
                out.add(new EnergyStat(j.name(), year, round(gdp * share), round(energy * share * (0.98 + rng.nextDouble(0.04))),
                        round(renewable * share), round(feedstock * share), LocalDate.of(year, 9, 30), round(coal * share)));
            }
            gdp *= 1.04 + rng.nextDouble(0.03);
            intensity *= 0.94 + rng.nextDouble(0.09);
            coal *= 0.95 + rng.nextDouble(0.07);
        }
    }

    private static int pick(SplittableRandom rng, double... shares) {
        double u = rng.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            if (u < shares[i]) {
                return i;
            }
            u -= shares[i];
        }
        return shares.length;
    }

    private static Boolean flag(SplittableRandom rng, double yes, double unknown) {
        double u = rng.nextDouble();
        return u < unknown ? null : u < unknown + yes ? Boolean.TRUE : Boolean.FALSE;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
