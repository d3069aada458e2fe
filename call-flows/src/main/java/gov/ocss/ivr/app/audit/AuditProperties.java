package gov.ocss.ivr.app.audit;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the audit trail is kept.
 *
 * @param retention     call records and staff actions older than this are erased (e.g. {@code 3y}, {@code 2555d})
 * @param purgeInterval how often the server erases them; {@code 0} never
 */
@ConfigurationProperties("ivr.audit")
public record AuditProperties(@DefaultValue("3y") Period retention, @DefaultValue("1d") Duration purgeInterval) {
}
