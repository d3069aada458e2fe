package gov.ocss.ivr.app.audit;

import gov.ocss.ivr.app.schedule.BackgroundJob;
import gov.ocss.ivr.audit.AuditRetention;
import gov.ocss.ivr.audit.AuditWriter;
import gov.ocss.ivr.audit.CallAuditLog;
import gov.ocss.ivr.audit.CallOutcomes;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Writing the calls' audit records off their threads, and erasing the trail once it is older than the agency keeps it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditRetention auditRetention(Jdbi jdbi, Clock clock, AuditProperties properties) {
        return new AuditRetention(jdbi, clock, properties.retention());
    }

    /** Closed (every record written) after the AGI listener has stopped and its calls have ended. */
    @Bean
    AuditWriter auditWriter(Jdbi jdbi, Clock clock, CallOutcomes outcomes, AuditProperties properties) {
        return new AuditWriter(new CallAuditLog(jdbi, clock, outcomes), clock, properties.waiting(), properties.lastTryOnStop());
    }

    @Bean
    BackgroundJob auditPurge(AuditRetention retention, AuditProperties properties) {
        return new BackgroundJob("audit-purge", properties.purgeInterval(), retention::purge,
                "Audit records are never erased (ivr.audit.purge-interval is 0)");
    }
}
