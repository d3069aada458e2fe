package gov.ocss.ivr.ledger;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** The hours an office is open on one weekday. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    /** Whether any of a week's hours cover {@code newYorkTime}: whether the place is open then. */
    public static boolean anyCover(List<OpeningHours> week, LocalDateTime newYorkTime) {
        return week.stream().anyMatch(open -> open.cover(newYorkTime));
    }

    /** Whether these hours cover {@code newYorkTime}: its weekday, from opening until just before closing. */
    public boolean cover(LocalDateTime newYorkTime) {
        return newYorkTime.getDayOfWeek() == day
                && !newYorkTime.toLocalTime().isBefore(opens)
                && newYorkTime.toLocalTime().isBefore(closes);
    }
}
