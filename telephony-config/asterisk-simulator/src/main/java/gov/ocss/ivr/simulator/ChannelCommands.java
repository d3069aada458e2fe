package gov.ocss.ivr.simulator;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Commands about the channel itself: answer, hang up, variables, where the dialplan continues.
 * Each says where its reply format comes from: a recorded session or res_agi.c.
 */
final class ChannelCommands {
    private static final int STATE_RING = 4;
    private static final int STATE_UP = 6;

    private ChannelCommands() {
    }

    /** Recorded: {@code 200 result=0}. */
    static Reply answer(AgiCommand c, SimulatedChannel ch) {
        ch.answer();
        return Reply.of("200 result=0");
    }

    /** Recorded: {@code 200 result=1}; with another channel's name, res_agi.c answers {@code -1}. */
    static Reply hangup(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() > 2) {
            return Reply.USAGE;
        }
        if (c.argc() == 2 && !c.word(1).equals(ch.name())) {
            return Reply.of("200 result=-1");
        }
        ch.serverHangsUp();
        return Reply.of("200 result=1");
    }

    /** Recorded: {@code 200 result=0}, also after a hang-up. */
    static Reply noop(AgiCommand c, SimulatedChannel ch) {
        return Reply.of("200 result=0");
    }

    /** res_agi.c: always {@code 200 result=1}. */
    static Reply verbose(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 2) {
            return Reply.USAGE;
        }
        return Reply.of("200 result=1");
    }

    /** Recorded: {@code 200 result=1 (en)}; res_agi.c: {@code 200 result=0} when not set. */
    static Reply getVariable(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        Optional<String> value = ch.variables().read(c.word(2));
        return Reply.of(value.map(v -> "200 result=1 (" + v + ")").orElse("200 result=0"));
    }

    /**
     * Recorded: {@code 200 result=1 (bn)}. res_agi.c substitutes the expression and always answers
     * {@code result=1}, an unset variable giving {@code 200 result=1 ()}; {@code result=0} only
     * when the named channel does not exist.
     */
    static Reply getFullVariable(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 4 && c.argc() != 5) {
            return Reply.USAGE;
        }
        if (c.argc() == 5 && !c.word(4).equals(ch.name())) {
            return Reply.of("200 result=0");
        }
        return Reply.of("200 result=1 (" + ch.variables().substitute(c.word(3)) + ")");
    }

    /** Recorded: {@code 200 result=1}. */
    static Reply setVariable(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 4) {
            return Reply.USAGE;
        }
        ch.variables().write(c.word(2), c.word(3));
        return Reply.of("200 result=1");
    }

    /** res_agi.c: the channel state, 4 (ringing) before ANSWER and 6 (up) after. */
    static Reply channelStatus(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() > 3) {
            return Reply.USAGE;
        }
        if (c.argc() == 3 && !c.word(2).equals(ch.name())) {
            return Reply.of("200 result=-1");
        }
        return Reply.of("200 result=" + (ch.isAnswered() ? STATE_UP : STATE_RING));
    }

    /** res_agi.c: {@code 200 result=0}; the dialplan continues in that context after AGI. */
    static Reply setContext(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        ch.variables().continueAt(c.word(2), null, null);
        return Reply.of("200 result=0");
    }

    /** res_agi.c: {@code 200 result=0}. */
    static Reply setExtension(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        ch.variables().continueAt(null, c.word(2), null);
        return Reply.of("200 result=0");
    }

    /**
     * res_agi.c: {@code 200 result=0}. A label instead of a number needs the dialplan, which the
     * simulator does not have: it answers as Asterisk does for an unknown label (usage).
     */
    static Reply setPriority(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        OptionalLong priority = CNumbers.scanInt(c.word(2));
        if (priority.isEmpty()) {
            ch.note("SET PRIORITY with a label needs the dialplan; answered as for an unknown label");
            return Reply.USAGE;
        }
        ch.variables().continueAt(null, null, (int) priority.getAsLong());
        return Reply.of("200 result=0");
    }
}
