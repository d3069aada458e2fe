package gov.ocss.ivr.app.clock;

import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The server's time, for demos and tests.
 *
 * @param start unset: the system clock. Set (ISO-8601 with an offset, {@code 2026-11-22T10:00:00-05:00}):
 *              at start-up the server's clock is set to this moment and runs on from there, so a
 *              demo or a test can call the line on a Sunday, or during office hours, whatever the
 *              real time. Never in production: the ledger's "today" follows it.
 */
@ConfigurationProperties("ivr.clock")
public record ClockProperties(OffsetDateTime start) {
}
