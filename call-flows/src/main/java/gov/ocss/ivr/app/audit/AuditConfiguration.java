package gov.ocss.ivr.app.audit;

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
        return new AuditRetention(jdbi, clock, properties.retention());
    }

    @Bean
    BackgroundJob auditPurge(AuditRetention retention, AuditProperties properties) {
        return new BackgroundJob("audit-purge", properties.purgeInterval(), retention::purge,
                "Audit records are never erased (ivr.audit.purge-interval is 0)");
    }
}
