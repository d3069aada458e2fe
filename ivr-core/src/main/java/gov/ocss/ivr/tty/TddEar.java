package gov.ocss.ivr.tty;

/**
 * What the line hears of a TDD, at either speed a TDD may use: 45.45 baud (US TTYs) or 50 baud
 * (many TDDs sold in Europe, and some set to it). Both receivers listen until the caller's first
 * characters show which speed reads them whole; from then on only that one listens. A receiver at
 * the wrong speed reads bits ever further from their middles and loses most characters' stop bits,
 * so the right one is the one with more characters framed and fewer lost, and, where both frame
 * them alike, the one that reads the bits more clearly.
 */
final class TddEar {
    /** Enough characters to tell the two speeds apart within the first word the caller types. */
    private static final int CHARACTERS_TO_DECIDE = 4;

    private final BaudotReceiver standard = new BaudotReceiver(45.45);
    private final BaudotReceiver fast = new BaudotReceiver(50);
    private final StringBuilder standardHeard = new StringBuilder();
    private final StringBuilder fastHeard = new StringBuilder();
    private BaudotReceiver chosen;
    private final StringBuilder heard = new StringBuilder();

    void accept(short[] samples) {
        if (chosen != null) {
            chosen.accept(samples);
            heard.append(chosen.take());
            return;
        }
        standard.accept(samples);
        fast.accept(samples);
        standardHeard.append(standard.take());
        fastHeard.append(fast.take());
        int framed = Math.max(standard.framed(), fast.framed());
        boolean quiet = !standard.hearsCarrier() && !fast.hearsCarrier();
        if (framed >= CHARACTERS_TO_DECIDE || framed > 0 && quiet) {
            decide();
        }
    }

    private void decide() {
        int standardScore = score(standard);
        int fastScore = score(fast);
        boolean fastReadsBetter = fastScore > standardScore || fastScore == standardScore && fast.clarity() > standard.clarity();
        chosen = fastReadsBetter ? fast : standard;
        heard.append(fastReadsBetter ? fastHeard : standardHeard);
        standardHeard.setLength(0);
        fastHeard.setLength(0);
    }

    private static int score(BaudotReceiver receiver) {
        return receiver.framed() - 2 * receiver.framingErrors();
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
    String take() {
        String text = heard.toString();
        heard.setLength(0);
        return text;
    }
}
