package gov.ocss.ivr.verification;

import gov.ocss.ivr.caller.CallerNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The throttle on top of the account lockout: one caller number may get {@code failures} wrong PINs
 * (on any cases, existing or not) within {@code window}; after that no PIN from it is compared until
 * the oldest of them leaves the window. The account lockout alone would let one number try four PINs
 * on every case it can think of.
 *
 * <p>Every withheld caller id counts as one number: otherwise hiding the number would escape the
 * throttle. So that one guesser with a hidden number cannot stop every other hidden caller, a hidden
 * caller the throttle stops is not refused but asked for their date of birth as well
 * ({@link PinCheck#check(gov.ocss.ivr.ledger.CaseNumber, String, PinCheck.Attempt, java.util.Optional)}):
 * the parent knows it, a guesser trying case after case does not, and their failures still count.
 */
public final class CallerThrottle {
    /** No throttle: for tests of other things, and a line that wants the account lockout only. */
    public static final CallerThrottle NONE = new CallerThrottle(Integer.MAX_VALUE, Duration.ofSeconds(1));

    private final int failures;
    private final Duration window;

    public CallerThrottle(int failures, Duration window) {
        if (failures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a throttle allows 1 or more wrong PINs within a window longer than nothing");
        }
        this.failures = failures;
        this.window = window;
    }

    /** 10 wrong PINs an hour from one number. */
    public static CallerThrottle standard() {
        return new CallerThrottle(10, Duration.ofHours(1));
    }

    /**
     * The key whose checks {@link PinCheck} gives turns one at a time in this server, as the number's
     * advisory lock ({@link CheckFacts}) does across servers; none when there is no throttle.
     */
    Optional<String> turnKey(CallerNumber caller) {
        return this == NONE ? Optional.empty() : Optional.of("caller:" + caller.key());
    }

    /** The number as {@code ivr.pin_attempt} records it, whose failures {@link CheckFacts} counts; none when there is no throttle. */
    Optional<String> attemptKey(CallerNumber caller) {
        return this == NONE ? Optional.empty() : Optional.of(caller.key());
    }

    /** Failures after this instant count. */
    Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /** A number is throttled while the window holds {@code failures} failures: by the newest that many-th one. */
    int failuresBeforeThrottled() {
        return failures - 1;
    }

    /** A number is throttled until the failure that throttles it leaves the window. */
    Instant throttledUntil(Instant throttlingFailureAt) {
        return throttlingFailureAt.plus(window);
    }
}
