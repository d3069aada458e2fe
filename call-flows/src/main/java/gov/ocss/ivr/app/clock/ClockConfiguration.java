package gov.ocss.ivr.app.clock;

import gov.ocss.ivr.ledger.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the server: calls, office hours, the audit, the ledger's "today" and the month
 * the demo data is anchored on all read it, so setting it ({@code ivr.clock.start}) moves them together.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(ClockProperties properties) {
        Clock system = Clock.system(BusinessCalendar.ZONE);
        if (properties.start() == null) {
            return system;
        }
        log.warn("ivr.clock.start is set: the server's clock starts at {} (New York time), not at the real time",
                properties.start().atZoneSameInstant(BusinessCalendar.ZONE).toLocalDateTime());
        return Clock.offset(system, Duration.between(system.instant(), properties.start().toInstant()));
    }

    @Bean
    BusinessCalendar businessCalendar(Clock clock) {
        return new BusinessCalendar(clock);
    }
}
