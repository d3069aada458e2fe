package gov.ocss.ivr.caller;

import java.util.Objects;

/**
 * The number the call came from, as Asterisk's caller id gave it: what the PIN throttle counts
 * guesses by. The caller's network sets it (and can fake it), so it is kept only as digits, at most
 * {@value #MAX_DIGITS} of them; anything else (none, "anonymous", "unknown", a name) is
 * {@link #WITHHELD}, and every withheld call shares that one number.
 */
public final class CallerNumber {
    /** E.164 allows 15 digits; a few more leaves room for a carrier's prefix. */
    static final int MAX_DIGITS = 20;
    /** Shorter than this is a PBX extension or garbage, not a number that identifies a caller. */
    private static final int MIN_DIGITS = 3;

    public static final CallerNumber WITHHELD = new CallerNumber("withheld");

    private final String key;

    private CallerNumber(String key) {
        this.key = key;
    }

    /** From the {@code agi_callerid} value: a leading {@code +} and the usual separators are dropped. */
    public static CallerNumber of(String callerId) {
        if (callerId == null) {
            return WITHHELD;
        }
        String digits = callerId.strip().replaceFirst("^\\+", "").replaceAll("[ ().-]", "");
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return WITHHELD;
        }
        return new CallerNumber(digits);
    }

    public boolean withheld() {
        return this == WITHHELD || key.equals(WITHHELD.key);
    }

    /** What {@code ivr.pin_attempt.caller} holds: the digits, or {@code withheld}. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallerNumber other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    /** The last four digits only: enough to tell calls apart in a log line. */
    @Override
    public String toString() {
        return withheld() ? "withheld" : "…" + key.substring(Math.max(0, key.length() - 4));
    }
}
