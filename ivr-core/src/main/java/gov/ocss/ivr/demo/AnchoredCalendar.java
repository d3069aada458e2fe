package gov.ocss.ivr.demo;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Places demo dates relative to the anchor month (the month the data is loaded in). Every date is a
 * month offset and a day no later than the 28th, and no random choice ever looks at the calendar
 * (weekdays, month lengths), so moving the anchor moves every date by whole months and changes no
 * amount: the balances the README quotes hold whatever month the demo is loaded in.
 */
final class AnchoredCalendar {
    /** Months of complete history before the anchor month. */
    static final int HISTORY_MONTHS = 24;
    static final int LAST_SAFE_DAY = 28;
    private static final int EARLIEST_OFFSET = -900;

    private final YearMonth anchor;
    private final LocalDate[] firsts;

    AnchoredCalendar(YearMonth anchor) {
        this.anchor = anchor;
        this.firsts = new LocalDate[-EARLIEST_OFFSET + 2];
        for (int i = 0; i < firsts.length; i++) {
            firsts[i] = anchor.plusMonths(EARLIEST_OFFSET + i).atDay(1);
        }
    }

    YearMonth anchor() {
        return anchor;
    }

    /** The first of the month {@code monthOffset} months from the anchor month (negative: before). */
    LocalDate first(int monthOffset) {
        return firsts[monthOffset - EARLIEST_OFFSET];
    }

    LocalDate day(int monthOffset, int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > LAST_SAFE_DAY) {
            throw new IllegalArgumentException("demo dates keep to days 1-28 so every month has them");
        }
        return first(monthOffset).plusDays(dayOfMonth - 1L);
    }

    /** The last day of a month: only for the end of an order, which the ledger stores as a date. */
    LocalDate lastDay(int monthOffset) {
        return first(monthOffset + 1).minusDays(1);
    }
}
