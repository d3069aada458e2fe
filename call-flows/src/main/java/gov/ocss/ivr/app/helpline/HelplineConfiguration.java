package gov.ocss.ivr.app.helpline;

import gov.ocss.ivr.app.audiosocket.AudioSocketProperties;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.ScriptRegistry;
import gov.ocss.ivr.app.pin.PinLockoutProperties;
import gov.ocss.ivr.audit.AuditWriter;
import gov.ocss.ivr.call.CallScript;
import gov.ocss.ivr.call.CallsInProgress;
import gov.ocss.ivr.db.DatabaseReach;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.helpline.HelplineFlow;
import gov.ocss.ivr.helpline.HelplineSettings;
import gov.ocss.ivr.helpline.NextStep;
import gov.ocss.ivr.helpline.account.CustodialAccount;
import gov.ocss.ivr.helpline.account.NoncustodialAccount;
import gov.ocss.ivr.helpline.office.OfficeContact;
import gov.ocss.ivr.helpline.outage.OutageNotice;
import gov.ocss.ivr.helpline.remail.PinLetter;
import gov.ocss.ivr.helpline.representative.Representative;
import gov.ocss.ivr.helpline.verification.Verification;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.prompts.CatalogRenderer;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.remail.RemailRequests;
import gov.ocss.ivr.verification.PinCheck;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The help line and the TTY line: one flow, registered under both script names the dialplan calls. */
@Configuration(proxyBeanMethods = false)
class HelplineConfiguration {

    @Bean
    PromptRenderer promptRenderer(Clock clock) {
        return CatalogRenderer.standard(clock);
    }

    @Bean
    PinCheck pinCheck(Jdbi jdbi, PinHasher hasher, Clock clock, PinLockoutProperties lockout) {
        return new PinCheck(jdbi, hasher, clock, lockout.accountLockout(), lockout.callerThrottle());
    }

    @Bean
    PinHoldersAtStart pinHoldersAtStart(PinCheck pinCheck) {
        return new PinHoldersAtStart(pinCheck);
    }

    @Bean
    HelplineFlow helplineFlow(PinCheck pinCheck, Ledger ledger, RemailRequests remailRequests, Clock clock,
                              AuditWriter audits, DatabaseReach database,
                              OutageProperties outage, @Value("${ivr.agency-name:New York City}") String agencyName) {
        OfficeContact offices = new OfficeContact(ledger);
        Representative representative = new Representative(ledger, offices, database, outage.hours());
        NextStep nextStep = new NextStep(representative);
        return new HelplineFlow(new HelplineSettings(agencyName),
                new Verification(pinCheck, nextStep, representative),
                new CustodialAccount(ledger, offices),
                new NoncustodialAccount(ledger, offices),
                new PinLetter(remailRequests, nextStep),
                offices, representative, new OutageNotice(database, representative, offices), audits, clock);
    }

    /** The scripts the dialplan names, one per line. */
    record HelplineScripts(List<String> names) {
    }

    /**
     * Registered while the context is built, so before the listener's lifecycle starts it taking calls:
     * no call can arrive for a script that is not there yet.
     */
    @Bean
    HelplineScripts helplineScripts(ScriptRegistry scripts, HelplineFlow flow, PromptRenderer renderer,
                                    Map<Line, DialogTimings> timings, ClosingTime closingTime, Clock clock,
                                    CallsInProgress inProgress, AudioLinks audioLinks, AudioSocketProperties audio) {
        for (Line line : Line.values()) {
            scripts.register(line.scriptName(), new CallScript(line, flow, renderer, timings, closingTime, clock, inProgress,
                    audioLinks, audio.connectTimeout()));
        }
        return new HelplineScripts(List.of(Line.HELPLINE.scriptName(), Line.TTY.scriptName()));
    }
}
