package gov.ocss.ivr.ledger;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The hours an office is open on one weekday. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    /** Whether these hours cover {@code newYorkTime}: its weekday, from opening until just before closing. */
    public boolean cover(LocalDateTime newYorkTime) {
        return newYorkTime.getDayOfWeek() == day
                && !newYorkTime.toLocalTime().isBefore(opens)
                && newYorkTime.toLocalTime().isBefore(closes);
    }
}
