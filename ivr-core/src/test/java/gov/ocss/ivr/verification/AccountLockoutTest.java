package gov.ocss.ivr.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffReason;
import gov.ocss.ivr.staff.StaffRole;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Five wrong PINs in a row lock a case's phone access, whichever calls and lines they came from. */
class AccountLockoutTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    private static final String PIN = "24680";
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    private final PinHasher hasher = DemoPinKey.hasher();
    private final TestClock clock = new TestClock(NOW);
    private final AtomicInteger calls = new AtomicInteger();
    private Jdbi jdbi;
    private long caseId;
    private PinCheck pinCheck;

    @BeforeEach
    void caseWithAPin() {
        jdbi = TestDatabase.fresh().jdbi();
        LedgerFixture fixture = new LedgerFixture(jdbi);
        caseId = fixture.newCase(CASE);
        fixture.credential(fixture.custodialOf(caseId), hasher, PIN, "ACTIVE");
        pinCheck = new PinCheck(jdbi, hasher, clock, AccountLockout.standard(), CallerThrottle.NONE);
    }

    @Test
    void theFifthWrongPinInARowLocksTheAccountForHalfAnHourAcrossCallsAndLines() {
        for (int i = 1; i <= 4; i++) {
            assertThat(wrongPin(i % 2 == 0 ? Line.TTY : Line.HELPLINE)).as("wrong PIN %d", i).isEqualTo(new PinOutcome.NoMatch());
        }

        assertThat(wrongPin(Line.HELPLINE)).isEqualTo(new PinOutcome.Locked(NOW.plus(Duration.ofMinutes(30))));

        clock.advance(Duration.ofMinutes(29));
        assertThat(rightPin()).as("the right PIN, a minute before the lock ends")
                .isEqualTo(new PinOutcome.Locked(NOW.plus(Duration.ofMinutes(30))));
        clock.advance(Duration.ofMinutes(1));
        assertThat(rightPin()).isInstanceOf(PinOutcome.Verified.class);
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToADay() {
        List<Duration> locks = new ArrayList<>();
        for (int lock = 1; lock <= 8; lock++) {
            PinOutcome last = null;
            for (int i = 0; i < 5; i++) {
                last = wrongPin(Line.HELPLINE);
            }
            Instant until = ((PinOutcome.Locked) last).until();
            locks.add(Duration.between(clock.instant(), until));
            clock.set(until);
        }

        assertThat(locks).extracting(Duration::toMinutes).containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1440L, 1440L);
    }

    @Test
    void theRightPinStartsTheCountAgainAndTheNextLockIsAFirstOne() {
        lockOnce();
        clock.advance(Duration.ofMinutes(30));
        for (int i = 0; i < 4; i++) {
            wrongPin(Line.HELPLINE);
        }
        assertThat(rightPin()).as("the right PIN after 4 wrong ones").isInstanceOf(PinOutcome.Verified.class);
        for (int i = 0; i < 4; i++) {
            assertThat(wrongPin(Line.HELPLINE)).as("4 more wrong PINs after the right one").isEqualTo(new PinOutcome.NoMatch());
        }

        assertThat(wrongPin(Line.HELPLINE)).as("the fifth after the right PIN: a first lock again")
                .isEqualTo(new PinOutcome.Locked(clock.instant().plus(Duration.ofMinutes(30))));
    }

    @Test
    void tryingWhileLockedDoesNotLengthenTheLock() {
        lockOnce();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(30));
            assertThat(wrongPin(Line.HELPLINE)).isEqualTo(new PinOutcome.Locked(NOW.plus(Duration.ofMinutes(30))));
        }

        assertThat(comparedAttempts()).as("PINs compared").isEqualTo(5);
    }

    @Test
    void aSupervisorClearingTheLockLetsTheParentInAndTheCountStartsAfterIt() {
        lockOnce();
        clock.advance(Duration.ofMinutes(5));
        AccountLocks locks = new AccountLocks(jdbi, clock);
        assertThat(locks.current(caseId)).hasValueSatisfying(lock -> assertThat(lock.lockCount()).isEqualTo(1));

        assertThat(locks.clear(new Staff("sup.ortiz", StaffRole.SUPERVISOR), caseId, new StaffReason("Parent called the office, identity checked")))
                .isTrue();

        assertThat(locks.current(caseId)).isEmpty();
        for (int i = 0; i < 4; i++) {
            assertThat(wrongPin(Line.HELPLINE)).as("the wrong PINs before the clear are not counted again").isEqualTo(new PinOutcome.NoMatch());
        }
        assertThat(wrongPin(Line.HELPLINE)).as("5 wrong PINs after a clear without a right one: a second lock, an hour")
                .isEqualTo(new PinOutcome.Locked(clock.instant().plus(Duration.ofHours(1))));
    }

    @Test
    void fiftyCallsGuessingAtOnceGetFivePinsComparedBetweenThem() throws Exception {
        int callers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CyclicBarrier together = new CyclicBarrier(callers);
        try {
            List<Future<PinOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String guess = String.format("%05d", 11_111 + i);
                outcomes.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return pinCheck.check(CASE, guess, attempt(Line.HELPLINE));
                }));
            }
            int locked = 0;
            for (Future<PinOutcome> outcome : outcomes) {
                if (outcome.get(30, TimeUnit.SECONDS) instanceof PinOutcome.Locked) {
                    locked++;
                }
            }

            assertThat(comparedAttempts()).as("PINs compared").isEqualTo(5);
            assertThat(locked).as("told the account is locked: the fifth guess and every one after it").isEqualTo(callers - 4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockoutMustLockAfterSomeWrongPinsForSomeTime() {
        assertThatThrownBy(() -> new AccountLockout(0, Duration.ofMinutes(30), Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountLockout(5, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void lockOnce() {
        for (int i = 0; i < 5; i++) {
            wrongPin(Line.HELPLINE);
        }
        assertThat(rightPin()).isInstanceOf(PinOutcome.Locked.class);
    }

    private PinOutcome wrongPin(Line line) {
        return pinCheck.check(CASE, "11111", attempt(line));
    }

    private PinOutcome rightPin() {
        return pinCheck.check(CASE, PIN, attempt(Line.HELPLINE));
    }

    /** Each try a call of its own, from a number of its own: the lock holds across calls. */
    private PinCheck.Attempt attempt(Line line) {
        int call = calls.incrementAndGet();
        return new PinCheck.Attempt(line, "call-" + call, CallerNumber.of(String.format("718555%04d", call)));
    }

    private int comparedAttempts() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.pin_attempt where case_id = ? and compared")
                .bind(0, caseId).mapTo(Integer.class).one());
    }
}
