package cn.dunban.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A 督办通知单's reply deadline counts working days as the State Council arranged 2026 (国务院办公厅关于2026年部分节假日
 * 安排的通知): the 国庆 week off, the 调休 Saturday worked; a year not yet arranged, Monday to Friday.
 */
class WorkCalendarTest {

    private final WorkCalendar calendar = WorkCalendar.builtIn();

    @Test
    void fiveWorkingDaysAfterTheLastDayOfSeptember2026EndOnTheThirteenthOfOctober() {
        // 10月1日至7日放假调休；10月8日、9日，10月10日（周六）上班，12日、13日
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void theSpringFestivalWeekIsOffAndItsMakeUpSaturdaysAreWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("正月 Monday off").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("2月14日（周六）上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("1月4日（周日）上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.workingDaysAfter(LocalDate.of(2026, 2, 12), 3)).as("13日、14日（周六）、24日")
                .isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aYearNotYetArrangedCountsMondayToFriday() {
        assertThat(calendar.knows(2026)).isTrue();
        assertThat(calendar.knows(2027)).isFalse();
        assertThat(calendar.workingDaysAfter(LocalDate.of(2027, 3, 5), 5)).isEqualTo(LocalDate.of(2027, 3, 12));
    }
}
