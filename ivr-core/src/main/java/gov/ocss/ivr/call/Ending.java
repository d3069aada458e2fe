package gov.ocss.ivr.call;

import gov.ocss.ivr.audit.EndReason;
import java.util.Optional;

/**
 * How a call leaves the automated line: what the caller hears last, what the dialplan is told
 * ({@code IVR_REASON} and {@code IVR_NEXT}, the strings telephony-config's dialplan compares), and
 * what the audit records. {@link CallScript} carries every ending out, in one place.
 */
public enum Ending {
    /** The caller is done: the line says goodbye and hangs up. */
    GOODBYE(CallScript.GOODBYE, null, DialplanVariables.NEXT_HANGUP, EndReason.GOODBYE, true),
    /** The caller could not be helped and nobody could take the call: a polite goodbye. */
    GAVE_UP(CallScript.GOODBYE, null, DialplanVariables.NEXT_HANGUP, EndReason.GAVE_UP, false),
    /** The caller asked for a person, and one can answer: the dialplan puts them through. */
    ASKED_FOR_PERSON(CallScript.TRANSFER, "asked", DialplanVariables.NEXT_AGENT, EndReason.TRANSFERRED, true),
    /** The automated line could not help (tries used up, locked account, no match): to a person. */
    NEEDS_HELP(CallScript.TRANSFER, "needs-help", DialplanVariables.NEXT_AGENT, EndReason.TRANSFERRED, true),
    /** Something failed on our side; the caller must not be left without help. */
    SYSTEM_FAILURE(CallScript.SYSTEM_UNAVAILABLE, "system", DialplanVariables.NEXT_AGENT, EndReason.SYSTEM_ERROR, false),
    /**
     * The server shut down during the call: the caller is told goodbye and the line hangs up. Not to
     * an agent: after our HANGUP Asterisk runs only the {@code h} extension, where a transfer can no
     * longer happen; calling again reaches a person even while this server is down, through the
     * dialplan's fallback to agents.
     */
    SHUTDOWN(CallScript.CLOSING, "shutdown", DialplanVariables.NEXT_HANGUP, EndReason.SHUTDOWN, false),
    /** The caller hung up: nothing is left to say or tell. */
    CALLER_HUNG_UP(null, null, null, EndReason.CALLER_HUNG_UP, false),
    /**
     * The flow returned without leaving the line: whatever it told the dialplan stands, and the call
     * goes back to the dialplan as it is. The audit is not told how the call ended.
     */
    HANDED_OVER(null, null, null, null, false);

    private final String lastWords;
    private final String dialplanReason;
    private final String next;
    private final EndReason auditReason;
    private final boolean doneOnceSaid;

    Ending(String lastWords, String dialplanReason, String next, EndReason auditReason, boolean doneOnceSaid) {
        this.lastWords = lastWords;
        this.dialplanReason = dialplanReason;
        this.next = next;
        this.auditReason = auditReason;
        this.doneOnceSaid = doneOnceSaid;
    }

    /** The catalog key of what the caller hears last. */
    Optional<String> lastWords() {
        return Optional.ofNullable(lastWords);
    }

    /** {@code IVR_REASON}: why the automated line let the caller go (to an agent, or at a shutdown). */
    public Optional<String> dialplanReason() {
        return Optional.ofNullable(dialplanReason);
    }

    /** {@code IVR_NEXT}: {@link DialplanVariables#NEXT_AGENT} or {@link DialplanVariables#NEXT_HANGUP}. */
    Optional<String> next() {
        return Optional.ofNullable(next);
    }

    /** Whether the dialplan takes the caller to an agent, so the line must not hang up. */
    boolean toAgent() {
        return DialplanVariables.NEXT_AGENT.equals(next);
    }

    /** What the audit records; empty when the call's code never said. */
    public Optional<EndReason> auditReason() {
        return Optional.ofNullable(auditReason);
    }

    /**
     * Whether the ending only holds once its last words were said: a caller who hangs up during the
     * goodbye or the "please hold" ended the call by hanging up. A caller who gave up, a failure or a
     * shutdown was decided before the last words, and stays what it was.
     */
    boolean doneOnceSaid() {
        return doneOnceSaid;
    }

}
