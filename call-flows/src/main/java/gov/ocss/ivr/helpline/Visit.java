package gov.ocss.ivr.helpline;

import gov.ocss.ivr.audit.CallAudit;
import gov.ocss.ivr.call.Call;
import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptArg;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Predicate;

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
    /** What the caller was told when verifying was refused for the rest of the call, if it was. */
    private String verificationRefusal;
    private final Map<Object, Object> lookedUp = new HashMap<>();

    public Visit(Call call, Clock clock, CallAudit audit) {
        this.call = call;
        this.clock = clock;
        this.audit = audit;
        audit.language(call.dialog().language());
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

    /** From now on the caller hears {@code chosen}, and the audit records it. */
    public void useLanguage(Language chosen) {
        call.dialog().useLanguage(chosen);
        audit.language(chosen);
    }

    /** The caller's choice; 0 and giving up are the way out's (see {@link Dialog#choose}). */
    public <T> T choose(Menu<T> menu) {
        return call.dialog().choose(menu);
    }

    /** The caller's answer; 0 and giving up are the way out's (see {@link Dialog#answer}). */
    public String answer(Question question) {
        return call.dialog().answer(question);
    }

    /** A menu that comes back while {@code serve} says so (see {@link Dialog#keepAsking}). */
    public <T> void keepAsking(Menu<T> menu, Predicate<T> serve) {
        call.dialog().keepAsking(menu, serve);
    }

    public Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    public void verified(Caller verified) {
        this.caller = verified;
    }

    /**
     * What {@code lookUp} finds, looked up once in this visit for each {@code key}: a caller who asks for
     * their balance and then their payments costs one statement, and hears figures of one moment.
     */
    @SuppressWarnings("unchecked")
    public <T> T lookUpOnce(Object key, Supplier<T> lookUp) {
        Object found = lookedUp.get(key);
        if (found == null) {
            found = lookUp.get();
            lookedUp.put(key, found);
        }
        return (T) found;
    }

    /** Failed case number and PIN checks so far in this call. */
    public int failedVerifications() {
        return failedVerifications;
    }

    public void verificationFailed() {
        failedVerifications++;
    }

    /** Verifying is over for this call (locked, throttled, or every try used); {@code told} says why. */
    public void verificationRefused(String told) {
        this.verificationRefusal = told;
    }

    /** Why verifying is over for this call, as the caller was told, if it is. */
    public Optional<String> verificationRefusal() {
        return Optional.ofNullable(verificationRefusal);
    }
}
