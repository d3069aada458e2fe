package gov.ocss.ivr.remail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Federal holidays as OPM publishes them, and counting business days over them. */
class BusinessDaysTest {

    @Test
    void everyFederalHolidayOf2026IsObservedOnItsDay() {
        List<LocalDate> opm2026 = Stream.of("2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
                "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25")
                .map(LocalDate::parse).toList();

        assertThat(opm2026).allSatisfy(day -> assertThat(BusinessDays.isFederalHoliday(day)).as(day.toString()).isTrue());
        long holidaysIn2026 = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(BusinessDays::isFederalHoliday).count();
        assertThat(holidaysIn2026).isEqualTo(11);
    }

    @Test
    void aHolidayOnASaturdayIsObservedTheFridayBefore() {
        assertObservedInsteadOf("2026-07-03", "2026-07-04");
        assertObservedInsteadOf("2027-06-18", "2027-06-19");
        assertObservedInsteadOf("2027-12-24", "2027-12-25");
    }

    @Test
    void aHolidayOnASundayIsObservedTheMondayAfter() {
        assertObservedInsteadOf("2023-01-02", "2023-01-01");
        assertObservedInsteadOf("2027-07-05", "2027-07-04");
        assertObservedInsteadOf("2022-12-26", "2022-12-25");
    }

    @Test
    void newYearsDayOnASaturdayIsObservedOnDecember31OfTheYearBefore() {
        assertThat(BusinessDays.isFederalHoliday(LocalDate.parse("2021-12-31"))).isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.parse("2027-12-31"))).isTrue();
        assertThat(BusinessDays.isBusinessDay(LocalDate.parse("2026-12-31"))).as("a Thursday before a Friday New Year").isTrue();
    }

    @Test
    void juneteenthIsAHolidayOnlySince2021() {
        assertThat(BusinessDays.isBusinessDay(LocalDate.parse("2020-06-19"))).isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.parse("2021-06-18"))).isTrue();
    }

    @Test
    void weekendsAreNotBusinessDaysAndOrdinaryWeekdaysAre() {
        assertThat(BusinessDays.isBusinessDay(LocalDate.parse("2026-03-07"))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.parse("2026-03-08"))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.parse("2026-03-09"))).isTrue();
    }

    @Test
    void sevenBusinessDaysFromAMondaySkipTheWeekend() {
        assertThat(BusinessDays.after(LocalDate.parse("2026-03-09"), 7)).isEqualTo("2026-03-18");
    }

    @Test
    void sevenBusinessDaysSkipThanksgiving() {
        assertThat(BusinessDays.after(LocalDate.parse("2026-11-23"), 7)).isEqualTo("2026-12-03");
    }

    @Test
    void sevenBusinessDaysSkipChristmas() {
        assertThat(BusinessDays.after(LocalDate.parse("2026-12-18"), 7)).isEqualTo("2026-12-30");
    }

    @Test
    void countingFromASaturdayStartsOnTheMonday() {
        assertThat(BusinessDays.after(LocalDate.parse("2026-03-07"), 1)).isEqualTo("2026-03-09");
        assertThat(BusinessDays.after(LocalDate.parse("2026-03-07"), 7)).isEqualTo("2026-03-17");
    }

    private static void assertObservedInsteadOf(String observed, String actual) {
        assertThat(BusinessDays.isFederalHoliday(LocalDate.parse(observed))).as(observed).isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.parse(actual))).as(actual + " itself").isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.parse(actual))).as(actual + " is a weekend day").isFalse();
    }
}
