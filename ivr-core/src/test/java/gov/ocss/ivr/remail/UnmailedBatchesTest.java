package gov.ocss.ivr.remail;

import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_ZIP;
import static gov.ocss.ivr.testing.LedgerFixture.NONCUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.NONCUSTODIAL_ZIP;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffRole;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A print batch nobody marks mailed: supervisors are warned three days before, and after fourteen its
 * PDF (the new PINs in the clear) is erased, its printed requests cancelled with their new PINs
 * revoked, and the audit trail says so. A batch marked mailed in time is left alone.
 */
class UnmailedBatchesTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    private static final CaseNumber OTHER_CASE = CaseNumber.withCheckDigit(100_000_002L);
    /** 10 a.m. on Tuesday, March 10, 2026 in New York. */
    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private static final Duration KEPT = Duration.ofDays(14);
    private static final Duration WARNING = Duration.ofDays(3);
    private static final Staff CLERK = new Staff("mlopez", StaffRole.STAFF);

    private final PinHasher hasher = DemoPinKey.hasher();
    private final TestClock clock = new TestClock(NOW);
    private Jdbi jdbi;
    private LedgerFixture fixture;
    private RemailRequests requests;
    private RemailQueue queue;
    private UnmailedBatches unmailed;
    private long forgotten;
    private long mailedInTime;

    @BeforeEach
    void twoBatchesPrintedOneOfThemMailed() {
        jdbi = TestDatabase.fresh().jdbi();
        fixture = new LedgerFixture(jdbi);
        requests = new RemailRequests(jdbi, clock);
        queue = new RemailQueue(jdbi, clock);
        unmailed = new UnmailedBatches(jdbi, clock, KEPT, WARNING);
        long caseId = fixture.newCase(CASE);
        long otherCaseId = fixture.newCase(OTHER_CASE);
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");
        requests.request(CASE, NONCUSTODIAL_BORN_ON, NONCUSTODIAL_ZIP, Line.TTY, "call-2");
        forgotten = worker().printNextBatch("worker").orElseThrow().id();
        clock.advance(Duration.ofDays(1));
        requests.request(OTHER_CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-3");
        mailedInTime = worker().printNextBatch("worker").orElseThrow().id();
        assertThat(fixture.custodialOf(otherCaseId)).isNotEqualTo(fixture.custodialOf(caseId));
    }

    @Test
    void supervisorsAreWarnedFromThreeDaysBeforeTheErasure() {
        clock.advance(Duration.ofDays(9));
        assertThat(unmailed.dueSoon()).as("ten days after printing").isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(unmailed.dueSoon()).singleElement().satisfies(due -> {
            assertThat(due.batchId()).isEqualTo(forgotten);
            assertThat(due.letters()).isEqualTo(2);
            assertThat(due.erasedAt()).isEqualTo(NOW.plus(KEPT));
        });

        queue.markMailed(CLERK, forgotten);
        assertThat(unmailed.dueSoon()).as("once marked mailed").isEmpty();
    }

    @Test
    void afterFourteenDaysTheForgottenBatchIsErasedItsRequestsCancelledAndItsPinsRevoked() {
        clock.advance(Duration.ofDays(13));
        queue.markMailed(CLERK, mailedInTime);
        assertThat(unmailed.eraseExpired()).as("thirteen days after printing").isZero();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(unmailed.eraseExpired()).isEqualTo(1);

        assertThat(queue.batch(forgotten)).get().satisfies(batch -> {
            assertThat(batch.downloadable()).as("the PDF with the new PINs").isFalse();
            assertThat(batch.erasedUnmailed()).isTrue();
            assertThat(batch.erasedAt()).isEqualTo(clock.instant());
            assertThat(batch.mailed()).isFalse();
        });
        assertThat(statusesIn(forgotten)).containsOnly("CANCELLED").hasSize(2);
        assertThat(newPinsOf(forgotten)).containsOnly("REVOKED").hasSize(2);
        assertThat(statusesIn(mailedInTime)).containsExactly("MAILED");
        assertThat(newPinsOf(mailedInTime)).doesNotContain("REVOKED");
        assertThat(new StaffAuditTrail(jdbi, clock).latest(Optional.of("system"), Optional.empty(), 10))
                .extracting(entry -> entry.action() + " " + entry.outcome() + " " + entry.staffRole())
                .containsExactlyInAnyOrder("batch_erased not_mailed system", "remail_cancelled batch_not_mailed system",
                        "remail_cancelled batch_not_mailed system");

        assertThat(unmailed.eraseExpired()).as("a second run").isZero();
        assertThat(queue.markMailed(CLERK, forgotten)).isEqualTo(RemailQueue.MailOutcome.ERASED_UNMAILED);
        assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-4"))
                .as("the parent may ask for a letter again").isInstanceOf(RemailOutcome.Queued.class);
    }

    private RemailWorker worker() {
        return new RemailWorker(jdbi, hasher, LetterContacts.defaults("New York City"), clock, 10);
    }

    private List<String> statusesIn(long batch) {
        return jdbi.withHandle(h -> h.createQuery("select status from ivr.remail_request where print_batch_id = ?")
                .bind(0, batch).mapTo(String.class).list());
    }

    private List<String> newPinsOf(long batch) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select c.status from ledger.pin_credential c
                          join ivr.remail_request r on r.pin_credential_id = c.id where r.print_batch_id = ?""")
                .bind(0, batch).mapTo(String.class).list());
    }
}
