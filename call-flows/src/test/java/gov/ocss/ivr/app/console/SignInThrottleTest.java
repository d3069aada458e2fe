package gov.ocss.ivr.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Who the staff console's sign-in throttle stops, and for how long. */
class SignInThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(5, 20, WINDOW, clock);

    @Test
    void fiveFailuresForOneUserNameStopItsSignInsFromAnywhereUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("staff", "10.0.0." + i);
            clock.pass(Duration.ofMinutes(1));
        }
        assertThat(throttle.refuses("staff", "10.0.0.9")).as("four failures: a person mistyping").isFalse();
        throttle.failed("Staff ", "10.0.0.5");

        assertThat(throttle.refuses("staff", "10.0.0.9")).isTrue();
        assertThat(throttle.refuses("supervisor", "10.0.0.9")).as("another user").isFalse();
        clock.pass(WINDOW.minusMinutes(4));
        assertThat(throttle.refuses("staff", "10.0.0.9")).as("the first failure has left the window").isFalse();
    }

    @Test
    void twentyFailuresFromOneAddressStopEverySignInFromItWhateverTheName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess" + i, "192.0.2.7");
        }
        assertThat(throttle.refuses("supervisor", "192.0.2.7")).isTrue();
        assertThat(throttle.refuses("supervisor", "192.0.2.8")).as("another address").isFalse();
    }

    @Test
    void aSignInThatSucceedsClearsItsUserNamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("staff", "10.0.0.1");
        }
        throttle.signedIn("staff");
        throttle.failed("staff", "10.0.0.1");
        assertThat(throttle.refuses("staff", "10.0.0.1")).isFalse();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T15:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
