package gov.ocss.ivr.dialog;

import java.time.Duration;

/**
 * How patient the line is.
 *
 * @param firstKey  wait for the first key after a prompt
 * @param nextKey   wait between keys
 * @param tries     tries at a question before the safe exit
 * @param moreTime  wait for the answer to "do you need more time?"
 */
public record DialogTimings(Duration firstKey, Duration nextKey, int tries, Duration moreTime) {

    public static DialogTimings voice() {
        return new DialogTimings(Duration.ofSeconds(6), Duration.ofSeconds(3), 3, Duration.ofSeconds(5));
    }

    /** Typing on a TTY is slow, and a whole line arrives at once. */
    public static DialogTimings text() {
        return new DialogTimings(Duration.ofSeconds(60), Duration.ofSeconds(60), 3, Duration.ofSeconds(30));
    }
}
