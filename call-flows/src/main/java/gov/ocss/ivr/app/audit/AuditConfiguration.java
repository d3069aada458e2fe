package gov.ocss.ivr.app.audit;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.app.schedule.BackgroundJob;
import gov.ocss.ivr.audit.AuditRetention;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Erasing the audit trail once it is older than the agency keeps it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditRetention auditRetention(Jdbi jdbi, Clock clock, AuditProperties properties) {
        if (properties.retention().isNegative() || properties.retention().isZero() || properties.purgeInterval().isNegative()) {
            throw new ConfigurationProblem("The audit retention settings make no sense: ivr.audit.retention is "
                    + properties.retention() + ", ivr.audit.purge-interval is " + properties.purgeInterval() + ".",
                    "Set ivr.audit.retention (IVR_AUDIT_RETENTION) to a period such as 3y, and ivr.audit.purge-interval "
                            + "(IVR_AUDIT_PURGEINTERVAL) to a duration such as 1d, or 0 to never erase.");
        }
        return new AuditRetention(jdbi, clock, properties.retention());
    }

    @Bean
    BackgroundJob auditPurge(AuditRetention retention, AuditProperties properties) {
        return new BackgroundJob("audit-purge", properties.purgeInterval(), retention::purge,
                "Audit records are never erased (ivr.audit.purge-interval is 0)");
    }
}
