package gov.ocss.ivr.helpline;

import gov.ocss.ivr.audit.CallAudit;
import gov.ocss.ivr.call.Call;
import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One caller's time on the line: the dialog, what they have proved, and what they were told.
 * Per call, never shared; the flow's beans stay stateless.
 */
public final class Visit {
    private final Call call;
    private final Clock clock;
    private final CallAudit audit;
    private Caller caller;
    private int failedVerifications;

    public Visit(Call call, Clock clock, CallAudit audit) {
        this.call = call;
        this.clock = clock;
        this.audit = audit;
    }

    public Dialog dialog() {
        return call.dialog();
    }

    public Line line() {
        return call.line();
    }

    public String callId() {
        return call.id();
    }

    /** Where the call came from, for the PIN throttle. */
    public CallerNumber callerNumber() {
        return call.callerNumber();
    }

    /** What this call leaves in the audit: categories and outcomes, never amounts or keyed digits. */
    public CallAudit audit() {
        return audit;
    }

    /** Today in New York: the ledger's day, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
    }

    public LocalDateTime newYorkNow() {
        return LocalDateTime.now(clock.withZone(BusinessCalendar.ZONE));
    }

    public void say(String key, PromptArg... values) {
        call.dialog().say(Prompt.of(key, values));
    }

    public <T> Answer<T> menu(Menu<T> menu) {
        return call.dialog().menu(menu);
    }

    public Answer<String> ask(Question question) {
        return call.dialog().ask(question);
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    public void verified(Caller verified) {
        this.caller = verified;
    }

    /** Failed case number and PIN checks so far in this call. */
    public int failedVerifications() {
        return failedVerifications;
    }

    public void verificationFailed() {
        failedVerifications++;
    }
}
