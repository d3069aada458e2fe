package gov.ocss.ivr.app.demo;

import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.demo.DemoData;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.pin.PinHasher;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Fills an empty ledger with the demo data before the line takes its first call, and refreshes it
 * when the month has moved on (demo balances are anchored on the month of loading).
 */
@Configuration(proxyBeanMethods = false)
class DemoDataStartup {
    private static final Logger log = LoggerFactory.getLogger(DemoDataStartup.class);

    /** A marker bean: its creation is the load, ordered after the migrations. */
    @Bean
    @DependsOn("flywayInitializer")
    DemoDataReady demoDataReady(DemoProperties properties, ObjectProvider<EmbeddedDatabase> embedded, Jdbi jdbi,
                                PinHasher pinHasher, BusinessCalendar calendar) {
        boolean load = properties.load() != null ? properties.load() : embedded.getIfAvailable() != null;
        if (!load) {
            return new DemoDataReady(false);
        }
        DemoDataset wanted = DemoDataset.forCurrentMonth(properties.seed(), properties.cases(), calendar);
        // DemoLoader logs a load itself.
        if (new DemoData(jdbi, pinHasher).ensureLoaded(wanted).isEmpty()) {
            log.info("The demo data for {} is already loaded", wanted.anchorMonth());
        }
        return new DemoDataReady(true);
    }

    record DemoDataReady(boolean loaded) {
    }
}
