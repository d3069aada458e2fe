package gov.ocss.ivr.ledger;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The hours an office is open on one weekday. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
