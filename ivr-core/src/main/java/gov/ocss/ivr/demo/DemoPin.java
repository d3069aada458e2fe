package gov.ocss.ivr.demo;

import java.util.Objects;

/**
 * The 5-digit PIN of a demo person, so the README and the tests can dial in. Its
 * {@link #toString()} is masked: a PIN that slips into a log line or an assertion message
 * shows as stars. Only {@link #digits()} gives the PIN.
 */
public final class DemoPin {
    private final String digits;

    DemoPin(String digits) {
        if (digits.length() != 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a PIN has five digits");
        }
        this.digits = digits;
    }

    /** Draws a PIN a parent could have chosen, skipping the ones any PIN policy refuses. */
    static DemoPin draw(DemoRandom random) {
        while (true) {
            String candidate = random.digits(5);
            if (!isGuessable(candidate)) {
                return new DemoPin(candidate);
            }
        }
    }

    /** All one digit, or a straight run up or down (12345, 87654). */
    private static boolean isGuessable(String pin) {
        int step = pin.charAt(1) - pin.charAt(0);
        if (step < -1 || step > 1) {
            return false;
        }
        for (int i = 2; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoPin that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return "*****";
    }
}
