package gov.ocss.ivr.simulator;

import java.util.List;
import java.util.OptionalLong;

/** Commands that collect keys: GET DATA, WAIT FOR DIGIT, GET OPTION. */
final class InputCommands {
    /** GET DATA reads into a 1024-byte buffer. */
    private static final int MOST_DIGITS = 1023;
    /** Asterisk's defaults when GET DATA gives no timeout: 6 s for the first key, 2 s between keys. */
    private static final long DEFAULT_FIRST_TIMEOUT = 6000;
    private static final long DEFAULT_NEXT_TIMEOUT = 2000;
    /** GET OPTION without a timeout waits the dialplan's digit timeout, 5 s unless changed. */
    private static final long DEFAULT_DIGIT_TIMEOUT = 5000;

    private InputCommands() {
    }

    /**
     * Recorded: {@code 200 result=1234} (max digits), {@code 200 result=98} ({@code #} ended it,
     * not kept), {@code 200 result= (timeout)} (no key), {@code 200 result=-1} (hung up), and the
     * 520 usage text when no file is given. res_agi.c: digits then {@code (timeout)} whenever
     * the wait ran out ({@code 200 result=12 (timeout)}), {@code 200 result=} for a lone {@code #},
     * and {@code -1} when the prompt file does not exist.
     */
    static Reply getData(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 3) {
            return Reply.USAGE;
        }
        String file = c.word(2);
        int timeout = c.argc() >= 4 ? CNumbers.atoi(c.word(3)) : 0;
        int maxDigits = Math.min(c.argc() >= 5 ? CNumbers.atoi(c.word(4)) : 1024, MOST_DIGITS);
        long first = timeout > 0 ? timeout : timeout < 0 ? -1 : DEFAULT_FIRST_TIMEOUT;
        long next = timeout > 0 ? timeout : timeout < 0 ? -1 : DEFAULT_NEXT_TIMEOUT;
        long promptMillis = 0;
        List<CallerTurn.Sound> sounds = List.of();
        if (!file.isEmpty()) {
            OptionalLong samples = ch.soundSamples(file);
            if (samples.isEmpty()) {
                return Reply.of("200 result=-1");
            }
            promptMillis = samples.getAsLong() / 8;
            sounds = List.of(new CallerTurn.Sound(file, 0, promptMillis));
        }
        ch.askCaller(CallerTurn.Kind.DIGITS, sounds, "", CallerAction.DTMF_KEYS, first, Math.max(maxDigits, 0));
        if (!file.isEmpty()) {
            ch.hear(file);
        }
        DigitEntry.Result entry = ch.readDigits(promptMillis, first, next, maxDigits);
        return switch (entry.outcome()) {
            case COMPLETE -> Reply.of("200 result=" + entry.digits());
            case EMPTY_END -> Reply.of("200 result=");
            case TIMEOUT -> Reply.of("200 result=" + entry.digits() + " (timeout)");
            case HANGUP, GAVE_UP, FAILED -> Reply.of("200 result=-1");
        };
    }

    /** Recorded: {@code 200 result=0} on timeout; res_agi.c: the key's code, or -1 on hang-up. */
    static Reply waitForDigit(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 4) {
            return Reply.USAGE;
        }
        OptionalLong timeout = CNumbers.scanInt(c.word(3));
        if (timeout.isEmpty()) {
            return Reply.USAGE;
        }
        ch.askCaller(CallerTurn.Kind.DIGITS, List.of(), "", CallerAction.DTMF_KEYS, timeout.getAsLong(), 1);
        return Reply.result(ch.waitForKey(timeout.getAsLong()));
    }

    /**
     * res_agi.c: STREAM FILE, then a wait for one more key when nobody interrupted it; a key that
     * is not an escape digit reads as 0, and so does a hang-up during the wait. {@code 200 result=<key|0|-1> endpos=<samples>}.
     */
    static Reply getOption(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 4 || c.argc() > 5) {
            return Reply.USAGE;
        }
        String file = c.word(2);
        String escapeDigits = c.word(3);
        long timeout = c.argc() == 5 ? CNumbers.atoi(c.word(4)) : DEFAULT_DIGIT_TIMEOUT;
        OptionalLong samples = ch.soundSamples(file);
        if (samples.isEmpty()) {
            return Reply.failed("200 result=-1 endpos=0");
        }
        long total = samples.getAsLong();
        long millis = total / 8;
        ch.askCaller(CallerTurn.Kind.DIGITS, List.of(new CallerTurn.Sound(file, 0, millis)), "", escapeDigits, timeout, 1);
        ch.hear(file);
        SimulatedChannel.Playback played = ch.play(escapeDigits, millis);
        return switch (played.outcome()) {
            case INTERRUPTED -> Reply.of("200 result=" + (int) played.key() + " endpos=" + played.elapsedMillis() * 8);
            case HUNG_UP -> Reply.failed("200 result=-1 endpos=" + played.elapsedMillis() * 8);
            case FINISHED -> {
                // res_agi keeps the key only if strchr(edigits, key) finds it: a hang-up (-1) during the
                // wait is not found either, so GET OPTION answers 0 for it; the next command learns of it.
                int key = ch.waitForKey(timeout);
                if (key != 0 && escapeDigits.indexOf(key) < 0) {
                    key = 0;
                }
                yield Reply.of("200 result=" + key + " endpos=" + total);
            }
        };
    }
}
