package gov.ocss.ivr.verification;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.db.TransactionLock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The throttle on top of the account lockout: one caller number may get {@code failures} wrong PINs
 * (on any cases, existing or not) within {@code window}; after that no PIN from it is compared until
 * the oldest of them leaves the window. The account lockout alone would let one number try four PINs
 * on every case it can think of.
 *
 * <p>Every withheld caller id counts as one number. That is deliberate: otherwise hiding the number
 * would escape the throttle. The price is that one guesser with a hidden number can keep other hidden
 * callers from verifying by phone for an hour; they are told so and offered a representative.
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
     * The key whose checks {@link PinCheck} gives turns one at a time in this server, as the advisory
     * lock below does across servers; none when there is no throttle.
     */
    Optional<String> turnKey(CallerNumber caller) {
        return this == NONE ? Optional.empty() : Optional.of("caller:" + caller.key());
    }

    /**
     * Until when the number may not try a PIN, if it is throttled now. Holds the number's advisory lock
     * to the end of the transaction, so its calls at the same moment are counted one after another.
     */
    Optional<Instant> throttledUntil(Handle h, CallerNumber caller, Instant now) {
        if (this == NONE) {
            return Optional.empty();
        }
        TransactionLock.hold(h, "ivr.pin_attempt.caller:" + caller.key());
        // Throttled while the window holds that many failures: until the newest that many-th one leaves it.
        return h.createQuery("""
                        select attempted_at from ivr.pin_attempt
                         where caller = :caller and not succeeded and compared and attempted_at > :since
                         order by attempted_at desc
                         offset :skip limit 1""")
                .bind("caller", caller.key())
                .bind("since", now.minus(window))
                .bind("skip", failures - 1)
                .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant().plus(window))
                .findOne();
    }
}
