package gov.ocss.ivr.app.audit;

import gov.ocss.ivr.app.config.LongerThanNothing;
import java.time.Duration;
import java.time.Period;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the audit trail is kept.
 *
 * @param retention     call records and staff actions older than this are erased (e.g. {@code 3y}, {@code 2555d})
 * @param purgeInterval how often the server erases them; {@code 0} never
 * @param waiting       the most call records held in memory while the database is down or slow; past it, a
 *                      record is lost (with a WARN line)
 * @param lastTryOnStop how long a server that is stopping keeps trying to write the records it holds
 */
@Validated
@ConfigurationProperties("ivr.audit")
public record AuditProperties(
        @DefaultValue("3y") @LongerThanNothing Period retention,
        @DefaultValue("1d") @DurationMin(seconds = 0, message = "must be a duration such as 1d, or 0 to never erase")
        Duration purgeInterval,
        @DefaultValue("50000") @jakarta.validation.constraints.Min(1) int waiting,
        @DefaultValue("10s") Duration lastTryOnStop) {
}
