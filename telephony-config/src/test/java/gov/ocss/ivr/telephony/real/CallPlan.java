package gov.ocss.ivr.telephony.real;

import java.util.Optional;

/** How a test call comes in: which number, which phone server, the TTY line's profile, the caller's number, the agents. */
record CallPlan(String number, Optional<String> server, Optional<String> ttyProfile, Optional<String> callerNumber,
                Agents agents) {

    enum Agents {
        /** The dialplan's own hours and holidays. */
        AS_SHIPPED,
        /** Agents answer now, whatever the day. */
        ON_DUTY,
        /** Outside the agents' hours now. */
        OFF_DUTY
    }

    static CallPlan helpline() {
        return new CallPlan(RealAsterisk.HELPLINE, Optional.empty(), Optional.empty(), Optional.empty(), Agents.ON_DUTY);
    }

    /** The TTY line with callers of a {@code profile} (baudot or utf8). */
    static CallPlan tty(String profile) {
        return new CallPlan(RealAsterisk.TTY, Optional.empty(), Optional.of(profile), Optional.empty(), Agents.ON_DUTY);
    }

    CallPlan server(String agiUrl) {
        return new CallPlan(number, Optional.of(agiUrl), ttyProfile, callerNumber, agents);
    }

    CallPlan from(String callerNumber) {
        return new CallPlan(number, server, ttyProfile, Optional.of(callerNumber), agents);
    }

    CallPlan agents(Agents agents) {
        return new CallPlan(number, server, ttyProfile, callerNumber, agents);
    }
}
