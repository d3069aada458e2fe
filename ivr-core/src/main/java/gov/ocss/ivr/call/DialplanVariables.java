package gov.ocss.ivr.call;

/**
 * The channel variables the server sets for the dialplan to read after the AGI returns, written in
 * one place, {@link CallScript}. The dialplan in telephony-config reads exactly these, and the
 * reasons of {@link Ending}; a check there keeps the two in step.
 */
public final class DialplanVariables {
    /** What the dialplan does next: {@link #NEXT_AGENT} or {@link #NEXT_HANGUP}. */
    public static final String NEXT = "IVR_NEXT";
    /** The caller's language (en, bn, sq), for the agent queue. */
    public static final String LANGUAGE = "IVR_LANGUAGE";
    /** Why the automated line let the caller go (to an agent, or at a shutdown): {@link Ending#dialplanReason()}. */
    public static final String REASON = "IVR_REASON";
    /** Which line the call came in on: helpline or tty. */
    public static final String LINE = "IVR_LINE";

    public static final String NEXT_AGENT = "agent";
    public static final String NEXT_HANGUP = "hangup";

    private DialplanVariables() {
    }
}
