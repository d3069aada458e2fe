package gov.ocss.ivr.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The agency keeps its books on New York dates, whatever zone the server runs in. */
public final class BusinessCalendar {
    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    private final Clock clock;

    public BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public static BusinessCalendar system() {
        return new BusinessCalendar(Clock.system(ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
