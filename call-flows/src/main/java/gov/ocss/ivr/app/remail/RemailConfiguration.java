package gov.ocss.ivr.app.remail;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.app.schedule.BackgroundJob;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.remail.CaseFiles;
import gov.ocss.ivr.remail.LetterContacts;
import gov.ocss.ivr.remail.RemailQueue;
import gov.ocss.ivr.remail.RemailRequests;
import gov.ocss.ivr.remail.RemailWorker;
import gov.ocss.ivr.remail.UnmailedBatches;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.verification.AccountLocks;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/** The PIN-letter queue as staff and the printing schedule use it. */
@Configuration(proxyBeanMethods = false)
class RemailConfiguration {

    /**
     * After the migrations, as everything that reads the queue: so an unreachable database is the first
     * thing start-up reports, before a missing PIN key.
     */
    @Bean
    @DependsOn("flywayInitializer")
    RemailWorker remailWorker(Jdbi jdbi, PinHasher hasher, Clock clock, RemailProperties properties,
                              @Value("${ivr.agency-name:New York City}") String agencyName) {
        return new RemailWorker(jdbi, hasher, new LetterContacts(agencyName, properties.portalAddress(),
                properties.helplineNumber(), properties.ttyNumber()), clock, properties.batchSize());
    }

    @Bean
    BackgroundJob scheduledPrinting(RemailWorker worker, RemailProperties properties) {
        return ScheduledPrinting.of(worker, properties.printInterval());
    }

    /** How often the server looks for print batches kept unmailed past ivr.remail.unmailed-batch-kept. */
    static final Duration UNMAILED_BATCHES_CHECKED_EVERY = Duration.ofHours(1);

    @Bean
    UnmailedBatches unmailedBatches(Jdbi jdbi, Clock clock, RemailProperties properties) {
        if (properties.unmailedBatchWarning().compareTo(properties.unmailedBatchKept()) > 0) {
            throw new ConfigurationProblem("ivr.remail.unmailed-batch-warning (IVR_REMAIL_UNMAILEDBATCHWARNING) is longer than "
                    + "ivr.remail.unmailed-batch-kept (IVR_REMAIL_UNMAILEDBATCHKEPT): the warning would come before the batch is printed.",
                    "Set the warning shorter than the time an unmailed batch is kept, such as 3d and 14d.");
        }
        return new UnmailedBatches(jdbi, clock, properties.unmailedBatchKept(), properties.unmailedBatchWarning());
    }

    /** Every server runs it; each batch is erased by one of them (SKIP LOCKED). */
    @Bean
    BackgroundJob unmailedBatchErasure(UnmailedBatches batches) {
        return new BackgroundJob("unmailed-batch-erasure", UNMAILED_BATCHES_CHECKED_EVERY, batches::eraseExpired,
                "Print batches never marked mailed are not erased");
    }

    /** One for the phone lines and the console: the limits are the same whoever asks. */
    @Bean
    RemailRequests remailRequests(Jdbi jdbi, Clock clock) {
        return new RemailRequests(jdbi, clock);
    }

    @Bean
    RemailQueue remailQueue(Jdbi jdbi, Clock clock) {
        return new RemailQueue(jdbi, clock);
    }

    @Bean
    AccountLocks accountLocks(Jdbi jdbi, Clock clock) {
        return new AccountLocks(jdbi, clock);
    }

    @Bean
    CaseFiles caseFiles(Jdbi jdbi, Clock clock) {
        return new CaseFiles(jdbi, clock);
    }

    @Bean
    StaffAuditTrail staffAuditTrail(Jdbi jdbi, Clock clock) {
        return new StaffAuditTrail(jdbi, clock);
    }
}
