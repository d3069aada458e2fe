package gov.ocss.ivr.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Text on the line (TTY / real-time text): TDD MODE, SEND TEXT, RECEIVE TEXT, RECEIVE CHAR. */
final class TextCommands {
    private TextCommands() {
    }

    /**
     * Recorded: {@code 200 result=0} for {@code on}: only DAHDI analog channels can switch TDD
     * mode, so every channel the help line sees answers 0 (and text still flows).
     */
    static Reply tddMode(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        return Reply.of("200 result=0");
    }

    /**
     * Recorded: {@code 200 result=0}. The text must be one (quoted) word: unquoted words make a
     * usage error, as in Asterisk.
     */
    static Reply sendText(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        String text = c.word(2);
        ch.show(text);
        ch.askCaller(CallerTurn.Kind.TEXT_SHOWN, List.of(), text, "", 0, 0);
        return Reply.of("200 result=0");
    }

    /**
     * Recorded: {@code 200 result=1 (<text>)} and {@code 200 result=-1} when nothing came in
     * time; res_agi.c answers -1 on hang-up too. A timeout of 0 gives up at once, a negative one
     * waits forever (main/channel.c, whatever the documentation says).
     */
    static Reply receiveText(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        int timeout = CNumbers.atoi(c.word(2));
        ch.askCaller(CallerTurn.Kind.TEXT_WANTED, List.of(), "", "", timeout, 0);
        String text = ch.receiveText(timeout);
        return Reply.of(text == null ? "200 result=-1" : "200 result=1 (" + text + ")");
    }

    /**
     * Recorded: {@code 200 result=-1 (hangup)} when nothing came: Asterisk prints "(hangup)" for
     * any negative result. res_agi.c: the code of the first byte of the text otherwise (the rest
     * of the line is lost), {@code 200 result=0 (timeout)} for an empty line.
     */
    static Reply receiveChar(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 3) {
            return Reply.USAGE;
        }
        int timeout = CNumbers.atoi(c.word(2));
        ch.askCaller(CallerTurn.Kind.TEXT_WANTED, List.of(), "", "", timeout, 0);
        String text = ch.receiveText(timeout);
        if (text == null) {
            return Reply.failed("200 result=-1 (hangup)");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int first = bytes.length == 0 ? 0 : bytes[0] & 0xff;
        return Reply.of(first == 0 ? "200 result=0 (timeout)" : "200 result=" + first);
    }
}
