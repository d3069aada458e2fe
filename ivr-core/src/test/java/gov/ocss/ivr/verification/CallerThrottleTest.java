package gov.ocss.ivr.verification;

import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_BORN_ON;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One number spreading its guesses over many cases (4 each, never enough to lock one) is stopped
 * after 10 wrong PINs in an hour; other numbers go on as before.
 */
class CallerThrottleTest {
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final CallerNumber GUESSER = CallerNumber.of("+1 (718) 555-0100");
    private static final CallerNumber PARENT = CallerNumber.of("7185550199");

    private final PinHasher hasher = DemoPinKey.hasher();
    private final TestClock clock = new TestClock(NOW);
    private final AtomicInteger calls = new AtomicInteger();
    private final List<CaseNumber> cases = new ArrayList<>();
    private Jdbi jdbi;
    private PinCheck pinCheck;

    @BeforeEach
    void fourCasesEachWithAPin() {
        jdbi = TestDatabase.fresh().jdbi();
        LedgerFixture fixture = new LedgerFixture(jdbi);
        for (int i = 0; i < 4; i++) {
            CaseNumber number = CaseNumber.withCheckDigit(100_000_001L + i);
            long caseId = fixture.newCase(number);
            fixture.credential(fixture.custodialOf(caseId), hasher, "2468" + i, "ACTIVE");
            cases.add(number);
        }
        pinCheck = new PinCheck(jdbi, hasher, clock, AccountLockout.standard(), CallerThrottle.standard());
    }

    @Test
    void afterTenWrongPinsFromOneNumberItsNextPinIsNotComparedEvenTheRightOne() {
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(guess(GUESSER, cases.get(i % 3), "11111")).as("wrong PIN %d", i + 1).isEqualTo(new PinOutcome.NoMatch());
        }

        PinOutcome eleventh = guess(GUESSER, cases.get(3), "24683");

        assertThat(eleventh).as("the oldest of the 10 leaves the hour at 16:01")
                .isEqualTo(new PinOutcome.Throttled(NOW.plus(Duration.ofMinutes(61))));
        assertThat(compared()).as("PINs compared").isEqualTo(10);
        assertThat(guess(PARENT, cases.get(3), "24683")).as("another number").isInstanceOf(PinOutcome.Verified.class);
        assertThat(locks()).as("no case got 5 wrong PINs in a row").isZero();
    }

    @Test
    void guessesAtCaseNumbersThatDoNotExistCountToo() {
        for (int i = 0; i < 10; i++) {
            guess(GUESSER, CaseNumber.withCheckDigit(900_000_000L + i), "11111");
        }

        assertThat(guess(GUESSER, cases.get(0), "24680")).isInstanceOf(PinOutcome.Throttled.class);
    }

    @Test
    void theNumberMayTryAgainWhenItsOldestWrongPinLeavesTheHour() {
        for (int i = 0; i < 10; i++) {
            guess(GUESSER, cases.get(i % 3), "11111");
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(guess(GUESSER, cases.get(3), "24683")).isInstanceOf(PinOutcome.Throttled.class);

        clock.set(NOW.plus(Duration.ofHours(1)).plusSeconds(1));

        assertThat(guess(GUESSER, cases.get(3), "24683")).isInstanceOf(PinOutcome.Verified.class);
        assertThat(guess(GUESSER, cases.get(3), "11111")).as("but only one more wrong PIN until the next leaves")
                .isEqualTo(new PinOutcome.NoMatch());
        assertThat(guess(GUESSER, cases.get(3), "24683")).isInstanceOf(PinOutcome.Throttled.class);
    }

    @Test
    void everyWithheldNumberCountsAsOne() {
        for (int i = 0; i < 10; i++) {
            guess(CallerNumber.of(i % 2 == 0 ? "anonymous" : null), cases.get(i % 3), "11111");
        }

        assertThat(guess(CallerNumber.of("unknown"), cases.get(3), "24683")).isInstanceOf(PinOutcome.Throttled.class);
        assertThat(guess(PARENT, cases.get(3), "24683")).isInstanceOf(PinOutcome.Verified.class);
    }

    /**
     * One hidden guesser cannot stop every hidden caller: once hidden numbers are throttled, a hidden
     * parent who gives their date of birth as well is verified. The guesser, who knows neither a PIN
     * nor a birth date, gains nothing: each wrong try still counts, towards the case's lock too. A
     * number that shows gets no such way round its own throttle.
     */
    @Test
    void afterAHiddenGuesserAHiddenParentIsVerifiedWithTheirDateOfBirthAsWell() {
        for (int i = 0; i < 10; i++) {
            guess(CallerNumber.WITHHELD, CaseNumber.withCheckDigit(900_000_000L + i), "11111");
            guess(GUESSER, CaseNumber.withCheckDigit(900_000_000L + i), "11111");
        }
        assertThat(guess(CallerNumber.WITHHELD, cases.get(3), "24683")).isInstanceOf(PinOutcome.Throttled.class);

        assertThat(guess(CallerNumber.WITHHELD, cases.get(3), "24683", CUSTODIAL_BORN_ON)).isInstanceOf(PinOutcome.Verified.class);
        assertThat(guess(GUESSER, cases.get(3), "24683", CUSTODIAL_BORN_ON)).as("a number that shows")
                .isInstanceOf(PinOutcome.Throttled.class);

        assertThat(guess(CallerNumber.WITHHELD, cases.get(3), "24683", CUSTODIAL_BORN_ON.plusDays(1)))
                .as("the right PIN, another birth date").isEqualTo(new PinOutcome.NoMatch());
        for (int i = 0; i < 3; i++) {
            assertThat(guess(CallerNumber.WITHHELD, cases.get(3), "1111" + i, CUSTODIAL_BORN_ON)).as("a wrong PIN, the right birth date")
                    .isEqualTo(new PinOutcome.NoMatch());
        }
        assertThat(guess(CallerNumber.WITHHELD, cases.get(3), "22222", CUSTODIAL_BORN_ON)).as("the fifth wrong try in a row")
                .isInstanceOf(PinOutcome.Locked.class);
    }

    private PinOutcome guess(CallerNumber from, CaseNumber caseNumber, String pin, LocalDate birthDate) {
        return pinCheck.check(caseNumber, pin, new PinCheck.Attempt(Line.HELPLINE, "call-" + calls.incrementAndGet(), from),
                Optional.of(birthDate));
    }

    private PinOutcome guess(CallerNumber from, CaseNumber caseNumber, String pin) {
        return pinCheck.check(caseNumber, pin, new PinCheck.Attempt(Line.HELPLINE, "call-" + calls.incrementAndGet(), from));
    }

    private int compared() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.pin_attempt where compared").mapTo(Integer.class).one());
    }

    private int locks() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.account_lock").mapTo(Integer.class).one());
    }
}
