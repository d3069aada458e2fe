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
import java.util.List;
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
    void aRightPinCostsTheDatabaseOneReadAndTheAttemptsInsert() {
        // Issue 19: every statement is a round trip on a caller's time, at hundreds of calls a second.
        PinCheck standard = new PinCheck(jdbi, hasher, clock, AccountLockout.standard(), CallerThrottle.standard());
        List<String> statements = new CopyOnWriteArrayList<>();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.add(context.getRenderedSql().strip());
            }
        });

        PinOutcome outcome = standard.check(CASE, CUSTODIAL_PIN, new PinCheck.Attempt(Line.HELPLINE, "call-1", CallerNumber.of("7185550142")));

        assertThat(outcome).isInstanceOf(PinOutcome.Verified.class);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).contains("ivr.pin_check_facts");
        assertThat(statements.get(1)).startsWith("insert into ivr.pin_attempt");
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
