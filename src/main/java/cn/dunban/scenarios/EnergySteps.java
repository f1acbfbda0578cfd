package cn.dunban.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.假如;

/**
 * A statistics office's energy table: one row per jurisdiction and period, in the units of its bulletin
 * (亿元 at constant prices, 万吨标准煤, 万吨). Becomes the {@code energy} facts of docs/facts.md; a 截至 date
 * marks a year-to-date row (1—9月), none a whole year.
 */
public class EnergySteps {

    /** Column → facts field. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("地区", "jurisdiction"), Map.entry("年度", "year"), Map.entry("截至", "asOf"),
            Map.entry("地区生产总值（亿元，可比价）", "gdp"), Map.entry("能源消费量（万吨标准煤）", "energy"),
            Map.entry("新增可再生能源（万吨标准煤）", "renewableExcluded"),
            Map.entry("原料用能（万吨标准煤）", "feedstockExcluded"), Map.entry("煤炭消费量（万吨）", "coal"));

    @假如("各地区能源统计如下：")
    public void energy(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            Map<String, Object> out = new LinkedHashMap<>();
            row.forEach((column, cell) -> {
                if (cell == null || cell.isBlank()) {
                    return;
                }
                String field = COLUMNS.get(column);
                if (field == null) {
                    throw new IllegalArgumentException("能源统计表中不认识的列“" + column + "”（可用: " + COLUMNS.keySet() + "）");
                }
                String v = cell.strip();
                switch (field) {
                    case "jurisdiction", "asOf" -> out.put(field, v);
                    case "year" -> out.put(field, Integer.parseInt(v));
                    default -> out.put(field, Double.parseDouble(v));
                }
            });
            World.current().energy.add(out);
        }
    }
}
