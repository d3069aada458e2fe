package gov.ocss.ivr.verification;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Case number and PIN against a real PostgreSQL, as both lines check them. */
class PinCheckTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    private static final CaseNumber NO_SUCH_CASE = CaseNumber.withCheckDigit(999_999_999L);
    private static final String CUSTODIAL_PIN = "24680";
    private static final String NONCUSTODIAL_PIN = "13579";
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    private final PinHasher hasher = DemoPinKey.hasher();
    private final TestClock clock = new TestClock(NOW);
    private Jdbi jdbi;
    private LedgerFixture fixture;
    private long caseId;
    private PinCheck pinCheck;

    @BeforeEach
    void caseWithBothParentsHoldingActivePins() {
        jdbi = TestDatabase.fresh().jdbi();
        fixture = new LedgerFixture(jdbi);
        caseId = fixture.newCase(CASE);
        fixture.credential(fixture.custodialOf(caseId), hasher, CUSTODIAL_PIN, "ACTIVE");
        fixture.credential(fixture.noncustodialOf(caseId), hasher, NONCUSTODIAL_PIN, "ACTIVE");
        pinCheck = new PinCheck(jdbi, hasher, clock, LockoutPolicy.NONE, CallerThrottle.NONE);
    }

    @Test
    void theCustodialParentsPinVerifiesThemAsCustodial() {
        PinOutcome outcome = pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-1"));

        assertThat(outcome).isInstanceOfSatisfying(PinOutcome.Verified.class, verified -> {
            assertThat(verified.role()).isEqualTo(Role.CUSTODIAL);
            assertThat(verified.participant().personId()).isEqualTo(fixture.custodialOf(caseId));
            assertThat(verified.participant().firstName()).isEqualTo("Rosa");
            assertThat(verified.supportCase().id()).isEqualTo(caseId);
            assertThat(verified.supportCase().number()).isEqualTo(CASE);
        });
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, true, "helpline", "call-1"));
    }

    @Test
    void theNoncustodialParentsPinVerifiesThemAsNoncustodial() {
        PinOutcome outcome = pinCheck.check(CASE, NONCUSTODIAL_PIN, withheld(Line.TTY, "call-2"));

        assertThat(outcome).isInstanceOfSatisfying(PinOutcome.Verified.class, verified -> {
            assertThat(verified.role()).isEqualTo(Role.NONCUSTODIAL);
            assertThat(verified.participant().personId()).isEqualTo(fixture.noncustodialOf(caseId));
        });
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, true, "tty", "call-2"));
    }

    @Test
    void aRightPinCostsTheDatabaseOneReadAndTheAttemptsInsertAndOnACaseCheckedBeforeOneStatement() {
        // Issue 19: every statement is a round trip on a caller's time, at hundreds of calls a second.
        PinCheck standard = new PinCheck(jdbi, hasher, clock, AccountLockout.standard(), CallerThrottle.standard());
        List<String> statements = statementsRun();
        PinCheck.Attempt fromAPhone = new PinCheck.Attempt(Line.HELPLINE, "call-1", CallerNumber.of("7185550142"));

        assertThat(standard.check(CASE, CUSTODIAL_PIN, fromAPhone)).isInstanceOf(PinOutcome.Verified.class);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).contains("ivr.pin_check_facts");
        assertThat(statements.get(1)).startsWith("insert into ivr.pin_attempt");

        long noncustodial = fixture.noncustodialOf(caseId);
        statements.clear();
        PinOutcome again = standard.check(CASE, NONCUSTODIAL_PIN, new PinCheck.Attempt(Line.TTY, "call-2", CallerNumber.of("7185550143")));

        assertThat(again).isInstanceOfSatisfying(PinOutcome.Verified.class, verified -> {
            assertThat(verified.participant().personId()).isEqualTo(noncustodial);
            assertThat(verified.role()).isEqualTo(Role.NONCUSTODIAL);
            assertThat(verified.participant().firstName()).isEqualTo("Mark");
            assertThat(verified.supportCase().id()).isEqualTo(caseId);
            assertThat(verified.supportCase().number()).isEqualTo(CASE);
        });
        assertThat(statements).singleElement().asString().contains("ivr.pin_check_known");
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, true, "helpline", "call-1"),
                new Attempt(caseId, NOW, true, "tty", "call-2"));
        assertThat(callersRecorded()).containsExactly("7185550142", "7185550143");
    }

    @Test
    void learnedAtTheServersStartACasesFirstRightPinIsOneStatement() {
        CaseNumber otherCase = CaseNumber.withCheckDigit(100_000_002L);
        long otherCaseId = fixture.newCase(otherCase);
        fixture.credential(fixture.noncustodialOf(otherCaseId), hasher, "97531", "ACTIVE");
        fixture.newCase(CaseNumber.withCheckDigit(100_000_003L)); // no PIN on it: nothing to learn
        PinCheck standard = new PinCheck(jdbi, hasher, clock, AccountLockout.standard(), CallerThrottle.standard());

        assertThat(standard.learnPinHolders()).isEqualTo(2);
        long custodialParent = fixture.custodialOf(caseId);
        List<String> statements = statementsRun();
        PinOutcome custodial = standard.check(CASE, CUSTODIAL_PIN, new PinCheck.Attempt(Line.HELPLINE, "call-1", CallerNumber.of("7185550142")));
        PinOutcome other = standard.check(otherCase, "97531", new PinCheck.Attempt(Line.TTY, "call-2", CallerNumber.of("7185550143")));

        assertThat(custodial).isInstanceOfSatisfying(PinOutcome.Verified.class, verified -> {
            assertThat(verified.role()).isEqualTo(Role.CUSTODIAL);
            assertThat(verified.participant().personId()).isEqualTo(custodialParent);
        });
        assertThat(other).isInstanceOfSatisfying(PinOutcome.Verified.class, verified -> {
            assertThat(verified.role()).isEqualTo(Role.NONCUSTODIAL);
            assertThat(verified.supportCase().id()).isEqualTo(otherCaseId);
        });
        assertThat(statements).hasSize(2).allSatisfy(statement -> assertThat(statement).contains("ivr.pin_check_known"));
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, true, "helpline", "call-1"),
                new Attempt(otherCaseId, NOW, true, "tty", "call-2"));
    }

    @Test
    void aWrongPinOnACaseLearnedAtStartIsStillNoMatchRecordedOnce() {
        PinCheck standard = new PinCheck(jdbi, hasher, clock, AccountLockout.standard(), CallerThrottle.standard());
        standard.learnPinHolders();

        PinOutcome outcome = standard.check(CASE, "11111", new PinCheck.Attempt(Line.HELPLINE, "call-1", CallerNumber.of("7185550142")));

        assertThat(outcome).isEqualTo(new PinOutcome.NoMatch());
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, false, "helpline", "call-1"));
    }

    @Test
    void aWrongPinIsNoMatchAndRecordsAFailedAttempt() {
        PinOutcome outcome = pinCheck.check(CASE, "11111", withheld(Line.HELPLINE, "call-3"));

        assertThat(outcome).isEqualTo(new PinOutcome.NoMatch());
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, false, "helpline", "call-3"));
    }

    @Test
    void anUnknownCaseIsTheSameNoMatchAndIsRecordedWithoutACase() {
        PinOutcome outcome = pinCheck.check(NO_SUCH_CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-4"));

        assertThat(outcome).isEqualTo(pinCheck.check(CASE, "11111", withheld(Line.HELPLINE, "call-5")));
        // Recorded so the caller's number is throttled for it, with no case to point at.
        assertThat(attempts()).containsExactly(new Attempt(0, NOW, false, "helpline", "call-4"),
                new Attempt(caseId, NOW, false, "helpline", "call-5"));
    }

    @Test
    void aLockedCaseIsLockedEvenWithTheRightPin() {
        Instant until = NOW.plus(Duration.ofMinutes(20));
        fixture.lockAccount(caseId, until);

        PinOutcome outcome = pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-6"));

        assertThat(outcome).isEqualTo(new PinOutcome.Locked(until));
        assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, false, "helpline", "call-6"));
    }

    @Test
    void aLockThatHasRunOutNoLongerStopsTheRightPin() {
        fixture.lockAccount(caseId, NOW.minusSeconds(1));

        assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-7"))).isInstanceOf(PinOutcome.Verified.class);
    }

    @Test
    void theOldPinKeepsWorkingWhileARemailedPinIsPending() {
        long custodial = fixture.custodialOf(caseId);
        fixture.credential(custodial, hasher, "97531", "PENDING");

        assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-8"))).isInstanceOf(PinOutcome.Verified.class);
        assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.TTY, "call-9"))).isInstanceOf(PinOutcome.Verified.class);

        assertThat(credentialStatuses(custodial)).containsExactly("ACTIVE", "PENDING");
    }

    @Test
    void theFirstUseOfARemailedPinMakesItTheActiveOneAndRevokesTheOld() {
        long custodial = fixture.custodialOf(caseId);
        fixture.credential(custodial, hasher, "97531", "PENDING");

        PinOutcome outcome = pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, "call-8"));

        assertThat(outcome).isInstanceOfSatisfying(PinOutcome.Verified.class,
                verified -> assertThat(verified.participant().personId()).isEqualTo(custodial));
        assertThat(credentialStatuses(custodial)).containsExactly("REVOKED", "ACTIVE");
        boolean firstUsedNow = jdbi.withHandle(h -> h.createQuery("""
                        select first_used_at = :now from ledger.pin_credential where person_id = :p and status = 'ACTIVE'""")
                .bind("now", NOW).bind("p", custodial).mapTo(Boolean.class).one());
        assertThat(firstUsedNow).isTrue();
        assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-9"))).isEqualTo(new PinOutcome.NoMatch());
        assertThat(pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, "call-10"))).isInstanceOf(PinOutcome.Verified.class);
        assertThat(credentialStatuses(fixture.noncustodialOf(caseId))).as("the other parent's PIN is untouched")
                .containsExactly("ACTIVE");
    }

    @Test
    void aPendingPinOfSomeoneWithNoActiveOneVerifiesAndBecomesActive() {
        long newcomer = fixture.person("Ana", "Diaz", "sq");
        fixture.participant(caseId, newcomer, "CUSTODIAL");
        fixture.credential(newcomer, hasher, "97531", "PENDING");

        assertThat(pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, "call-8"))).isInstanceOf(PinOutcome.Verified.class);
        assertThat(credentialStatuses(newcomer)).containsExactly("ACTIVE");
    }

    @Test
    void aRevokedPinNeverVerifies() {
        long custodial = fixture.custodialOf(caseId);
        fixture.credential(custodial, hasher, "97531", "REVOKED");

        assertThat(pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, "call-8"))).isEqualTo(new PinOutcome.NoMatch());
    }

    @Test
    void manyFirstUsesAtOnceAllVerifyAndLeaveExactlyOneActivePin() throws Exception {
        long custodial = fixture.custodialOf(caseId);
        fixture.credential(custodial, hasher, "97531", "PENDING");
        int calls = 12;
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        try {
            CyclicBarrier together = new CyclicBarrier(calls);
            List<Future<PinOutcome>> outcomes = new ArrayList<>();
            for (int call = 0; call < calls; call++) {
                String callId = "call-" + call;
                outcomes.add(callers.submit(() -> {
                    together.await();
                    return pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, callId));
                }));
            }
            for (Future<PinOutcome> outcome : outcomes) {
                assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(PinOutcome.Verified.class);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(credentialStatuses(custodial)).containsExactly("REVOKED", "ACTIVE");
    }

    @Test
    void aPendingPinRevokedBeforeItIsUsedDoesNotVerify() {
        long custodial = fixture.custodialOf(caseId);
        fixture.credential(custodial, hasher, "97531", "PENDING");
        jdbi.useHandle(h -> h.execute("update ledger.pin_credential set status = 'REVOKED' where status = 'PENDING'"));

        assertThat(pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, "call-8"))).isEqualTo(new PinOutcome.NoMatch());
        assertThat(credentialStatuses(custodial)).containsExactly("ACTIVE", "REVOKED");
    }

    @Test
    void aPinBothParentsChoseLetsNeitherIn() {
        CaseNumber sameChoice = CaseNumber.withCheckDigit(100_000_002L);
        long otherCase = fixture.newCase(sameChoice);
        fixture.credential(fixture.custodialOf(otherCase), hasher, "55511", "ACTIVE");
        fixture.credential(fixture.noncustodialOf(otherCase), hasher, "55511", "ACTIVE");

        assertThat(pinCheck.check(sameChoice, "55511", withheld(Line.HELPLINE, "call-9"))).isEqualTo(new PinOutcome.NoMatch());
    }

    @Test
    void theLockoutPolicyHearsOfEachFailedAttemptInItsTransactionAndItsLockIsAnswered() {
        List<Long> told = new ArrayList<>();
        Instant until = NOW.plus(Duration.ofMinutes(30));
        LockoutPolicy lockOnSecondFailure = (handle, failedCase, at) -> {
            told.add(failedCase);
            int failures = handle.createQuery("select count(*) from ivr.pin_attempt where case_id = ? and not succeeded")
                    .bind(0, failedCase).mapTo(Integer.class).one();
            if (failures < 2) {
                return Optional.empty();
            }
            handle.execute("insert into ivr.account_lock (case_id, locked_until, lock_count, locked_at) values (?, ?, 1, ?)",
                    failedCase, until, at);
            return Optional.of(until);
        };
        PinCheck withLockout = new PinCheck(jdbi, hasher, clock, lockOnSecondFailure, CallerThrottle.NONE);

        assertThat(withLockout.check(CASE, "11111", withheld(Line.HELPLINE, "call-10"))).isEqualTo(new PinOutcome.NoMatch());
        assertThat(withLockout.check(CASE, "22222", withheld(Line.HELPLINE, "call-10"))).isEqualTo(new PinOutcome.Locked(until));
        assertThat(withLockout.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-11"))).isEqualTo(new PinOutcome.Locked(until));
        withLockout.check(CASE, CUSTODIAL_PIN.substring(1), withheld(Line.HELPLINE, "call-12"));
        assertThat(withLockout.check(NO_SUCH_CASE, "11111", withheld(Line.HELPLINE, "call-13"))).isEqualTo(new PinOutcome.NoMatch());

        assertThat(told).as("called for wrong PINs, not for refusals while locked or unknown cases")
                .containsExactly(caseId, caseId);
    }

    /**
     * The same rules when the server knows the case's parents from an earlier check and asks the
     * database once ({@code ivr.pin_check_known}): whatever changed since, the outcome is the full check's.
     */
    @Nested
    class OnACaseCheckedBefore {
        @BeforeEach
        void checkedOnceBefore() {
            knowTheCase(pinCheck);
        }

        @Test
        void aWrongPinIsNoMatchRecordedOnceAndTheLockoutHearsOfIt() {
            List<Long> told = new ArrayList<>();
            PinCheck withLockout = new PinCheck(jdbi, hasher, clock, (handle, failedCase, at) -> {
                told.add(failedCase);
                return Optional.empty();
            }, CallerThrottle.NONE);
            knowTheCase(withLockout);

            assertThat(withLockout.check(CASE, "11111", withheld(Line.HELPLINE, "call-3"))).isEqualTo(new PinOutcome.NoMatch());
            assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, false, "helpline", "call-3"));
            assertThat(told).containsExactly(caseId);
        }

        @Test
        void aLockedCaseIsLockedEvenWithTheRightPinAndTheRefusalIsRecorded() {
            Instant until = NOW.plus(Duration.ofMinutes(20));
            fixture.lockAccount(caseId, until);

            assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-6"))).isEqualTo(new PinOutcome.Locked(until));
            assertThat(attempts()).containsExactly(new Attempt(caseId, NOW, false, "helpline", "call-6"));
            assertThat(comparedFlags()).containsExactly(false);
        }

        @Test
        void aThrottledNumberIsRefusedBeforeTheRightPinIsCompared() {
            PinCheck throttled = new PinCheck(jdbi, hasher, clock, LockoutPolicy.NONE, new CallerThrottle(2, Duration.ofHours(1)));
            knowTheCase(throttled);
            PinCheck.Attempt guesser = new PinCheck.Attempt(Line.HELPLINE, "call-4", CallerNumber.of("7185550199"));
            throttled.check(CASE, "11111", guesser);
            throttled.check(CASE, "22222", guesser);

            assertThat(throttled.check(CASE, CUSTODIAL_PIN, guesser)).isEqualTo(new PinOutcome.Throttled(NOW.plus(Duration.ofHours(1))));
            assertThat(attempts()).as("the refusal compared nothing and is not recorded").hasSize(2);
        }

        @Test
        void theFirstUseOfARemailedPinStillMakesItTheActiveOne() {
            long custodial = fixture.custodialOf(caseId);
            fixture.credential(custodial, hasher, "97531", "PENDING");

            assertThat(pinCheck.check(CASE, "97531", withheld(Line.HELPLINE, "call-8"))).isInstanceOf(PinOutcome.Verified.class);
            assertThat(credentialStatuses(custodial)).containsExactly("REVOKED", "ACTIVE");
            assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-9"))).isEqualTo(new PinOutcome.NoMatch());
        }

        @Test
        void aPinRevokedSinceNoLongerVerifies() {
            jdbi.useHandle(h -> h.execute("update ledger.pin_credential set status = 'REVOKED' where person_id = ?",
                    fixture.custodialOf(caseId)));

            assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-8"))).isEqualTo(new PinOutcome.NoMatch());
        }

        @Test
        void aParentWhoJoinedSinceWithTheSamePinLetsNeitherIn() {
            long newcomer = fixture.person("Ana", "Diaz", "sq");
            fixture.participant(caseId, newcomer, "CUSTODIAL");
            fixture.credential(newcomer, hasher, CUSTODIAL_PIN, "ACTIVE");

            assertThat(pinCheck.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-8"))).isEqualTo(new PinOutcome.NoMatch());
        }

        @Test
        void aPinUnderANewKeySinceIsCheckedInFull() {
            byte[] newKey = new byte[32];
            Arrays.fill(newKey, (byte) 7);
            Map<Integer, byte[]> keys = new HashMap<>(DemoPinKey.keys());
            keys.put(2, newKey);
            PinHasher rotated = new PinHasher(keys, 2);
            PinCheck afterRotation = new PinCheck(jdbi, rotated, clock, LockoutPolicy.NONE, CallerThrottle.NONE);
            knowTheCase(afterRotation);
            long custodial = fixture.custodialOf(caseId);
            jdbi.useHandle(h -> h.execute("update ledger.pin_credential set status = 'REVOKED' where person_id = ?", custodial));
            fixture.credential(custodial, rotated, "97531", "ACTIVE");
            List<String> statements = statementsRun();

            assertThat(afterRotation.check(CASE, "97531", withheld(Line.HELPLINE, "call-8"))).isInstanceOf(PinOutcome.Verified.class);
            assertThat(statements.get(0)).as("asked once, undecided, then checked in full").contains("ivr.pin_check_known");
            assertThat(statements.get(1)).contains("ivr.pin_check_facts");
            assertThat(attempts()).hasSize(1);
        }
    }

    /** A right PIN checked once, so the check knows the case's parents; its attempt is then forgotten. */
    private void knowTheCase(PinCheck check) {
        assertThat(check.check(CASE, CUSTODIAL_PIN, withheld(Line.HELPLINE, "call-0"))).isInstanceOf(PinOutcome.Verified.class);
        jdbi.useHandle(h -> h.execute("delete from ivr.pin_attempt"));
    }

    /** Every statement run from now on, in order. */
    private List<String> statementsRun() {
        List<String> statements = new CopyOnWriteArrayList<>();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.add(context.getRenderedSql().strip());
            }
        });
        return statements;
    }

    private List<Boolean> comparedFlags() {
        return jdbi.withHandle(h -> h.createQuery("select compared from ivr.pin_attempt order by id").mapTo(Boolean.class).list());
    }

    private List<String> callersRecorded() {
        return jdbi.withHandle(h -> h.createQuery("select caller from ivr.pin_attempt order by id").mapTo(String.class).list());
    }

    /** The person's credentials' statuses, oldest first. */
    private List<String> credentialStatuses(long personId) {
        return jdbi.withHandle(h -> h.createQuery("select status from ledger.pin_credential where person_id = ? order by id")
                .bind(0, personId).mapTo(String.class).list());
    }

    private List<Attempt> attempts() {
        return jdbi.withHandle(h -> h.createQuery(
                        "select case_id, attempted_at, succeeded, line, call_id from ivr.pin_attempt order by id")
                .map((rs, ctx) -> new Attempt(rs.getLong("case_id"), rs.getTimestamp("attempted_at").toInstant(),
                        rs.getBoolean("succeeded"), rs.getString("line"), rs.getString("call_id")))
                .list());
    }

    private record Attempt(long caseId, Instant attemptedAt, boolean succeeded, String line, String callId) {
    }

    /** A check from a caller whose number is withheld. */
    private static PinCheck.Attempt withheld(Line line, String callId) {
        return new PinCheck.Attempt(line, callId, CallerNumber.WITHHELD);
    }
}
