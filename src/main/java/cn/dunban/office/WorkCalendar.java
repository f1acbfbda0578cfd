package cn.dunban.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Working days as the State Council arranges them each year (国务院办公厅《关于部分节假日安排的通知》): its days off
 * (放假调休) are not working days, its make-up Saturdays and Sundays (调休上班) are. The arrangements are data,
 * copied with their text from each year's notice into {@code calendar/holidays.json}; a year that file does not
 * have yet counts Monday to Friday ({@link #knows} says which years it has).
 */
public final class WorkCalendar {

    private static final WorkCalendar BUILT_IN = read("calendar/holidays.json");

    private final Set<LocalDate> off;
    private final Set<LocalDate> work;
    private final Set<Integer> years;

    private WorkCalendar(Set<LocalDate> off, Set<LocalDate> work, Set<Integer> years) {
        this.off = off;
        this.work = work;
        this.years = years;
    }

    /** The arrangements shipped with dunban. */
    public static WorkCalendar builtIn() {
        return BUILT_IN;
    }

    /** Whether the arrangement of {@code year} is known; if not, its working days are Monday to Friday. */
    public boolean knows(int year) {
        return years.contains(year);
    }

    /** The years whose arrangements are known, in order. */
    public Set<Integer> years() {
        return new TreeSet<>(years);
    }

    public boolean isWorkingDay(LocalDate d) {
        if (work.contains(d)) {
            return true;
        }
        if (off.contains(d)) {
            return false;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The date {@code days} working days after {@code from} (the day itself not counted). */
    public LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static WorkCalendar read(String resource) {
        try (InputStream in = WorkCalendar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("内置节假日安排 " + resource + " 缺失");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> work = new HashSet<>();
            Set<Integer> years = new HashSet<>();
            for (JsonNode y : root.path("years")) {
                years.add(y.path("year").asInt());
                for (JsonNode h : y.path("holidays")) {
                    LocalDate first = LocalDate.parse(h.path("off").get(0).asString());
                    LocalDate last = LocalDate.parse(h.path("off").get(1).asString());
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                        off.add(d);
                    }
                    h.path("work").forEach(w -> work.add(LocalDate.parse(w.asString())));
                }
            }
            return new WorkCalendar(Set.copyOf(off), Set.copyOf(work), Set.copyOf(years));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
