package gov.ocss.ivr.remail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Days the mail and the agency work: Monday to Friday, except US federal holidays on the day they
 * are observed (5 U.S.C. 6103: a holiday on a Saturday is observed the Friday before, on a Sunday
 * the Monday after, so New Year's Day can be observed on December 31 of the year before).
 */
public final class BusinessDays {
    /** The first year Juneteenth was a federal holiday. */
    private static final int JUNETEENTH_SINCE = 2021;

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate date) {
        return !isWeekend(date) && !isFederalHoliday(date);
    }

    /** The day {@code count} business days after {@code start}; {@code start} itself does not count. */
    public static LocalDate after(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count a positive number of business days");
        }
        LocalDate date = start;
        for (int counted = 0; counted < count; ) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Whether a federal holiday is observed on {@code date}. */
    public static boolean isFederalHoliday(LocalDate date) {
        // Next year's New Year's Day may be observed on this year's December 31.
        return observedHolidays(date.getYear()).contains(date) || observedHolidays(date.getYear() + 1).contains(date);
    }

    private static Set<LocalDate> observedHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(observed(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(3, DayOfWeek.MONDAY, year, Month.JANUARY));          // Martin Luther King Jr. Day
        days.add(nth(3, DayOfWeek.MONDAY, year, Month.FEBRUARY));         // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))); // Memorial Day
        if (year >= JUNETEENTH_SINCE) {
            days.add(observed(LocalDate.of(year, Month.JUNE, 19)));
        }
        days.add(observed(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(1, DayOfWeek.MONDAY, year, Month.SEPTEMBER));        // Labor Day
        days.add(nth(2, DayOfWeek.MONDAY, year, Month.OCTOBER));          // Columbus Day
        days.add(observed(LocalDate.of(year, Month.NOVEMBER, 11)));       // Veterans Day
        days.add(nth(4, DayOfWeek.THURSDAY, year, Month.NOVEMBER));       // Thanksgiving Day
        days.add(observed(LocalDate.of(year, Month.DECEMBER, 25)));
        return days;
    }

    private static LocalDate nth(int ordinal, DayOfWeek day, int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
