package gov.ocss.ivr.call;

/**
 * The channel variables the server sets for the dialplan to read after the AGI returns. The
 * dialplan in telephony-config reads exactly these; a check there keeps the two in step.
 */
public final class DialplanVariables {
    /** What the dialplan does next: {@link #NEXT_AGENT} or {@link #NEXT_HANGUP}. */
    public static final String NEXT = "IVR_NEXT";
    /** The caller's language (en, bn, sq), for the agent queue. */
    public static final String LANGUAGE = "IVR_LANGUAGE";
    /** Why the automated line let the caller go (to an agent, or at a shutdown): one of the {@code REASON_} values. */
    public static final String REASON = "IVR_REASON";
    /** Which line the call came in on: helpline or tty. */
    public static final String LINE = "IVR_LINE";

    public static final String NEXT_AGENT = "agent";
    public static final String NEXT_HANGUP = "hangup";

    /** The caller asked for a person. */
    public static final String REASON_ASKED = "asked";
    /** The automated line could not help (tries used up, locked account, no match). */
    public static final String REASON_NEEDS_HELP = "needs-help";
    /** Something failed on our side; the caller must not be left without help. */
    public static final String REASON_SYSTEM = "system";
    /** The server shut down during the call: the caller was told goodbye and the line hung up. */
    public static final String REASON_SHUTDOWN = "shutdown";

    private DialplanVariables() {
    }
}
