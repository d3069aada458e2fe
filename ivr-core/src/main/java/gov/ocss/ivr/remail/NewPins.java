package gov.ocss.ivr.remail;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * New 5-digit PINs for re-mailed letters: drawn from {@link SecureRandom}, never the PIN the person
 * has now (or one of an earlier letter still pending), and never one of the PINs people guess first
 * (one digit five times, a straight run up or down such as 12345 or 98765).
 *
 * <p>Thread-safe.
 */
public final class NewPins {
    public static final int LENGTH = 5;
    private static final int VALUES = 100_000;

    private final SecureRandom random;

    public NewPins() {
        this.random = new SecureRandom();
    }

    /** A new PIN for which {@code isCurrent} is false. */
    public String next(Predicate<String> isCurrent) {
        while (true) {
            String pin = String.format("%05d", random.nextInt(VALUES));
            if (!guessable(pin) && !isCurrent.test(pin)) {
                return pin;
            }
        }
    }

    /** One digit five times, or five digits each one up (or each one down) from the last. */
    static boolean guessable(String pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        return same || up || down;
    }
}
