package gov.ocss.ivr.audit;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.remail.RemailOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one call did, collected as it goes and written once at its end by {@link CallAuditLog}. One
 * per call, used by that call's thread only (not thread-safe). It holds codes, categories and ids,
 * never what the caller keyed: there is no way to put a PIN, a birth date or a ZIP into it.
 */
public final class CallAudit {
    static final String NOT_ATTEMPTED = "not_attempted";
    static final String VERIFIED = "verified";
    /** Recorded when the call's code never said how it ended. */
    static final String END_UNKNOWN = "unknown";

    /** Free-text outcomes are short lower-case codes, so no digits a caller keyed can slip in. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{0,39}");

    private final String callId;
    private final Line line;
    private final Instant startedAt;
    private Language language;
    private Long caseId;
    private Role role;
    private String verification = NOT_ATTEMPTED;
    private final Set<InformationGiven> informationGiven = new LinkedHashSet<>();
    private String remailOutcome;
    private String transferOutcome;
    private EndReason endReason;
    private boolean accountLocked;
    private boolean written;
    private boolean counted;

    /** Usually made by {@link CallAuditLog#begin}; {@code callId} is the call's Asterisk unique id. */
    public CallAudit(String callId, Line line, Instant startedAt) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.line = Objects.requireNonNull(line, "line");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The language the caller chose (the last one, if they changed it). */
    public void language(Language chosen) {
        this.language = Objects.requireNonNull(chosen, "language");
    }

    /**
     * The caller was verified on this case in this role. It sticks: whatever follows, the audit must
     * show that account information could be given.
     */
    public void verified(long verifiedCaseId, Role verifiedRole) {
        this.caseId = verifiedCaseId;
        this.role = Objects.requireNonNull(verifiedRole, "role");
        this.verification = VERIFIED;
    }

    /** A try at verification failed; the last failure is kept unless the caller was verified. */
    public void verificationFailed(VerificationFailure why) {
        Objects.requireNonNull(why, "why");
        // Kept apart from the last failure: whatever the caller tried next, the lock is what operations must see.
        accountLocked |= why == VerificationFailure.LOCKED;
        if (!VERIFIED.equals(verification)) {
            verification = why.code();
        }
    }

    /** The line read the caller this kind of information. Each category is recorded once, in first-given order. */
    public void gave(InformationGiven category) {
        informationGiven.add(Objects.requireNonNull(category, "category"));
    }

    /** What the caller's PIN-letter request came to. */
    public void remail(RemailOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome instanceof RemailOutcome.Queued) {
            remailOutcome = "queued";
        } else if (outcome instanceof RemailOutcome.AlreadyRequested) {
            remailOutcome = "already_requested";
        } else if (outcome instanceof RemailOutcome.TooMany) {
            remailOutcome = "too_many";
        } else {
            remailOutcome = "not_confirmed";
        }
    }

    /** What asking for a representative came to, as a short lower-case code ("queued", "closed"). */
    public void transfer(String outcome) {
        this.transferOutcome = code(outcome, "transfer outcome");
    }

    /**
     * How the call ended. The first reason given is kept: what follows an ending (a hang-up as a
     * transfer completes, say) is its consequence, not the reason.
     */
    public void ended(EndReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (endReason == null) {
            endReason = reason;
        }
    }

    private static String code(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            // The value itself stays out of the message: it could be anything.
            throw new IllegalArgumentException(what + " must be a short lower-case code");
        }
        return value;
    }

    public String callId() {
        return callId;
    }

    Line line() {
        return line;
    }

    Instant startedAt() {
        return startedAt;
    }

    Optional<Language> chosenLanguage() {
        return Optional.ofNullable(language);
    }

    Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    String verification() {
        return verification;
    }

    List<InformationGiven> informationGiven() {
        return new ArrayList<>(informationGiven);
    }

    Optional<String> remailOutcome() {
        return Optional.ofNullable(remailOutcome);
    }

    Optional<String> transferOutcome() {
        return Optional.ofNullable(transferOutcome);
    }

    String endReason() {
        return endReason == null ? END_UNKNOWN : endReason.code();
    }

    /** How the call came out, as far as this audit knows now. */
    public CallOutcome outcome() {
        return CallOutcome.of(endReason, accountLocked);
    }

    boolean isCounted() {
        return counted;
    }

    void markCounted() {
        counted = true;
    }

    boolean isWritten() {
        return written;
    }

    void markWritten() {
        written = true;
    }
}
