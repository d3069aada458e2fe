package gov.ocss.ivr.telephony.real;

import java.util.Optional;

/**
 * How a test call comes in: which number, which phone server (and the dialplan's second one, OCSS_AGI_BACKUP), the TTY line's profile, the caller's number, the agents,
 * and whether the caller listens from the first sound (see {@link #listening()}).
 */
record CallPlan(String number, Optional<String> server, Optional<String> backup, Optional<String> ttyProfile,
                Optional<String> callerNumber, Agents agents, boolean listens) {

    enum Agents {
        /** The dialplan's own hours and holidays. */
        AS_SHIPPED,
        /** Agents answer now, whatever the day. */
        ON_DUTY,
        /** Outside the agents' hours now. */
        OFF_DUTY
    }

    static CallPlan helpline() {
        return new CallPlan(RealAsterisk.HELPLINE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Agents.ON_DUTY, false);
    }

    /** The TTY line with callers of a {@code profile} (baudot or utf8). */
    static CallPlan tty(String profile) {
        return new CallPlan(RealAsterisk.TTY, Optional.empty(), Optional.empty(), Optional.of(profile), Optional.empty(), Agents.ON_DUTY, false);
    }

    /** The TTY line with the profile the shipped dialplan gives the call's channel (a Local one, so tones). */
    static CallPlan ttyAsShipped() {
        return new CallPlan(RealAsterisk.TTY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Agents.ON_DUTY, false);
    }

    CallPlan server(String agiUrl) {
        return new CallPlan(number, Optional.of(agiUrl), backup, ttyProfile, callerNumber, agents, listens);
    }

    /** The server the dialplan tries when the first cannot be reached (OCSS_AGI_BACKUP). */
    CallPlan backup(String agiUrl) {
        return new CallPlan(number, server, Optional.of(agiUrl), ttyProfile, callerNumber, agents, listens);
    }

    CallPlan from(String callerNumber) {
        return new CallPlan(number, server, backup, ttyProfile, Optional.of(callerNumber), agents, listens);
    }

    CallPlan agents(Agents agents) {
        return new CallPlan(number, server, backup, ttyProfile, callerNumber, agents, listens);
    }

    /**
     * The caller's robot hears the call's audio from the line's first sound ({@link TestCall#recordUntilHangUp}):
     * the call is answered and held a second before it reaches the line, so that the robot, whose AGI starts
     * when the call is answered, is recording before the line plays anything (Asterisk drops the audio that
     * reaches an AGI channel between two commands).
     */
    CallPlan listening() {
        return new CallPlan(number, server, backup, ttyProfile, callerNumber, agents, true);
    }
}
