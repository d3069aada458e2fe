package gov.ocss.ivr.tty;

import java.util.ArrayList;
import java.util.List;

/**
 * What the line hears of a TDD, at either speed a TDD may use: 45.45 baud (US TTYs) or 50 baud
 * (many TDDs sold in Europe, and some set to it). Both receivers listen until the caller's first
 * characters show which speed reads them: the caller's first burst of typing, or its first
 * {@value #CHARACTERS_TO_DECIDE} characters. A receiver at the wrong speed reads bits ever further
 * from their middles: it loses more characters' stop bits, and where it does not, it reads its bits
 * less clearly, nearer the edges where mark and space are mixed ({@link BaudotReceiver#clarity()}).
 * Shares, not counts: by the time the slower receiver has framed one character the faster one may
 * have framed two.
 */
final class TddEar {
    /** Enough characters to tell the two speeds apart within the first word the caller types. */
    private static final int CHARACTERS_TO_DECIDE = 6;
    /** The end of a burst of typing: both receivers have read its last character by then. */
    private static final int QUIET_SAMPLES = 800;

    private final BaudotReceiver standard = new BaudotReceiver(45.45);
    private final BaudotReceiver fast = new BaudotReceiver(50);
    private final List<Heard> standardHeard = new ArrayList<>();
    private final List<Heard> fastHeard = new ArrayList<>();
    private BaudotReceiver chosen;
    private final List<Heard> heard = new ArrayList<>();
    private int quietFor;
    /** Samples heard so far. */
    private long now;

    /**
     * A character, and when it was read (samples since the line opened): it may be passed on later,
     * once the speed is known, and the line tells its own echo by when it came back.
     */
    record Heard(char character, long at) {
    }

    void accept(short[] samples) {
        now += samples.length;
        if (chosen != null) {
            chosen.accept(samples);
            add(heard, chosen.take());
            return;
        }
        standard.accept(samples);
        fast.accept(samples);
        add(standardHeard, standard.take());
        add(fastHeard, fast.take());
        int framed = Math.max(standard.framed(), fast.framed());
        quietFor = standard.hearsCarrier() || fast.hearsCarrier() ? 0 : quietFor + samples.length;
        if (framed >= CHARACTERS_TO_DECIDE || framed > 0 && quietFor >= QUIET_SAMPLES) {
            decide();
        }
    }

    private void decide() {
        double fastLost = lost(fast);
        double standardLost = lost(standard);
        boolean fastReadsBetter = fastLost < standardLost || fastLost == standardLost && fast.clarity() > standard.clarity();
        chosen = fastReadsBetter ? fast : standard;
        heard.addAll(fastReadsBetter ? fastHeard : standardHeard);
        standardHeard.clear();
        fastHeard.clear();
    }

    /** The share of characters begun whose stop bit was missing. */
    private static double lost(BaudotReceiver receiver) {
        int begun = receiver.framed() + receiver.framingErrors();
        return begun == 0 ? 1 : (double) receiver.framingErrors() / begun;
    }

    private void add(List<Heard> to, String read) {
        for (int i = 0; i < read.length(); i++) {
            to.add(new Heard(read.charAt(i), now));
        }
    }

    /** Whether the caller's TDD is sending: typing, or holding its carrier after the last character. */
    boolean hearsCarrier() {
        return chosen != null ? chosen.hearsCarrier() : standard.hearsCarrier();
    }

    /** The caller's speed, once their first characters have shown it. */
    double baud() {
        return chosen == fast ? 50 : 45.45;
    }

    /** What has been read since the last call, and forgets it. */
    List<Heard> take() {
        List<Heard> taken = List.copyOf(heard);
        heard.clear();
        return taken;
    }
}
