package gov.ocss.ivr.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Who the staff console's sign-in throttle stops, and for how long, on every server that shares the database. */
class SignInThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final MovingClock clock = new MovingClock();
    private final Jdbi jdbi = TestDatabase.fresh().jdbi();
    private final SignInThrottle throttle = new SignInThrottle(jdbi, 5, 20, WINDOW, clock);

    @Test
    void fiveFailuresForOneUserNameStopItsSignInsFromAnywhereUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(Optional.of("staff"), "10.0.0." + i);
            clock.pass(Duration.ofMinutes(1));
        }
        assertThat(throttle.refuses("staff", "10.0.0.9")).as("four failures: a person mistyping").isFalse();
        throttle.failed(Optional.of("Staff "), "10.0.0.5");

        assertThat(throttle.refuses("staff", "10.0.0.9")).isTrue();
        assertThat(throttle.refuses("supervisor", "10.0.0.9")).as("another user").isFalse();
        clock.pass(WINDOW.minusMinutes(4));
        assertThat(throttle.refuses("staff", "10.0.0.9")).as("the first failure has left the window").isFalse();
    }

    @Test
    void twentyFailuresFromOneAddressStopEverySignInFromItWhateverTheName() {
        for (int i = 0; i < 20; i++) {
            // Names that are nobody's: counted against the address only.
            throttle.failed(Optional.empty(), "192.0.2.7");
        }
        assertThat(throttle.refuses("supervisor", "192.0.2.7")).isTrue();
        assertThat(throttle.refuses("supervisor", "192.0.2.8")).as("another address").isFalse();
    }

    @Test
    void aSignInThatSucceedsClearsItsUserNamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(Optional.of("staff"), "10.0.0.1");
        }
        throttle.signedIn("staff");
        throttle.failed(Optional.of("staff"), "10.0.0.1");
        assertThat(throttle.refuses("staff", "10.0.0.1")).isFalse();
    }

    @Test
    void twoServersCountOneGuessersFailuresTogether() {
        SignInThrottle otherServer = new SignInThrottle(jdbi, 5, 20, WINDOW, clock);
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? throttle : otherServer).failed(Optional.of("supervisor"), "198.51.100." + i);
        }

        assertThat(throttle.refuses("supervisor", "10.0.0.9")).as("on the first server").isTrue();
        assertThat(otherServer.refuses("supervisor", "10.0.0.9")).as("on the second").isTrue();
    }

    @Test
    void failuresThatLeftTheWindowAreLetGo() {
        throttle.failed(Optional.of("staff"), "10.0.0.1");
        clock.pass(WINDOW.plusMinutes(1));
        throttle.failed(Optional.empty(), "10.0.0.2");

        assertThat(jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.console_sign_in_failure").mapTo(Long.class).one()).longValue())
                .as("failures kept").isEqualTo(1L);
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
