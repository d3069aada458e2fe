package gov.ocss.ivr.remail;

import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_ZIP;
import static gov.ocss.ivr.testing.LedgerFixture.NONCUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.NONCUSTODIAL_ZIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.staff.NotAllowedException;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import gov.ocss.ivr.staff.StaffRole;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import gov.ocss.ivr.verification.CallerThrottle;
import gov.ocss.ivr.verification.LockoutPolicy;
import gov.ocss.ivr.verification.PinCheck;
import gov.ocss.ivr.verification.PinOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What staff do with the queue: list it, download and mail batches, cancel requests; all of it in the audit trail. */
class RemailQueueTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    /** 10 a.m. on Tuesday, March 10, 2026 in New York. */
    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private static final Staff CLERK = new Staff("mlopez", StaffRole.STAFF);
    private static final Staff SUPERVISOR = new Staff("jchen", StaffRole.SUPERVISOR);
    private static final StaffReason REASON = new StaffReason("Parent says the letter is not needed");

    private final PinHasher hasher = DemoPinKey.hasher();
    private final TestClock clock = new TestClock(NOW);
    private Jdbi jdbi;
    private LedgerFixture fixture;
    private long caseId;
    private RemailQueue queue;
    private StaffAuditTrail trail;

    @BeforeEach
    void bothParentsAskedForALetter() {
        jdbi = TestDatabase.fresh().jdbi();
        fixture = new LedgerFixture(jdbi);
        caseId = fixture.newCase(CASE);
        fixture.credential(fixture.custodialOf(caseId), hasher, "24680", "ACTIVE");
        RemailRequests requests = new RemailRequests(jdbi, clock);
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");
        clock.advance(Duration.ofDays(1));
        requests.request(CASE, NONCUSTODIAL_BORN_ON, NONCUSTODIAL_ZIP, Line.TTY, "call-2");
        queue = new RemailQueue(jdbi, clock);
        trail = new StaffAuditTrail(jdbi, clock);
    }

    @Test
    void theQueueIsFilteredByStatusLineAndNewYorkDate() {
        assertThat(queue.list(RemailQueue.Filter.all(), 50)).extracting(RemailQueue.Entry::channel).containsExactly("tty", "helpline");
        assertThat(queue.list(filter(null, "helpline", null, null), 50)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.personName()).isEqualTo("Rosa Diaz");
                    assertThat(entry.caseNumber()).isEqualTo(CASE.digits());
                    assertThat(entry.status()).isEqualTo("QUEUED");
                });
        assertThat(queue.list(filter("PRINTED", null, null, null), 50)).isEmpty();
        assertThat(queue.list(filter(null, null, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 11)), 50))
                .extracting(RemailQueue.Entry::channel).containsExactly("tty");
        assertThat(queue.list(filter(null, null, null, LocalDate.of(2026, 3, 10)), 50))
                .extracting(RemailQueue.Entry::channel).containsExactly("helpline");
    }

    @Test
    void aFilterRefusesAStatusOrLineThatDoesNotExist() {
        assertThatThrownBy(() -> filter("DROP TABLE", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(null, "fax", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupervisorCancelsAQueuedRequestWithAReason() {
        long request = requestOf(fixture.custodialOf(caseId));

        assertThat(queue.cancel(SUPERVISOR, request, REASON)).isEqualTo(RemailQueue.CancelOutcome.CANCELLED);

        assertThat(status(request)).isEqualTo("CANCELLED");
        assertThat(trail.latest(Optional.empty(), Optional.empty(), 5)).first().satisfies(entry -> {
            assertThat(entry.staffUser()).isEqualTo("jchen");
            assertThat(entry.staffRole()).isEqualTo("supervisor");
            assertThat(entry.action()).isEqualTo("remail_cancelled");
            assertThat(entry.outcome()).isEqualTo("cancelled");
            assertThat(entry.remailRequestId()).isEqualTo(request);
            assertThat(entry.caseId()).isEqualTo(caseId);
            assertThat(entry.reason()).isEqualTo(REASON.text());
        });
    }

    @Test
    void staffWhoAreNotSupervisorsCannotCancel() {
        long request = requestOf(fixture.custodialOf(caseId));

        assertThatThrownBy(() -> queue.cancel(CLERK, request, REASON)).isInstanceOf(NotAllowedException.class);
        assertThat(status(request)).isEqualTo("QUEUED");
    }

    @Test
    void cancellingAPrintedRequestRevokesItsNewPinAndTheOldOneKeepsWorking() {
        worker().printNextBatch("worker").orElseThrow();
        long custodial = fixture.custodialOf(caseId);
        long request = requestOf(custodial);

        assertThat(queue.cancel(SUPERVISOR, request, REASON)).isEqualTo(RemailQueue.CancelOutcome.CANCELLED_PRINTED);

        List<String> credentials = jdbi.withHandle(h -> h.createQuery("select status from ledger.pin_credential where person_id = ? order by id")
                .bind(0, custodial).mapTo(String.class).list());
        assertThat(credentials).containsExactly("ACTIVE", "REVOKED");
        assertThat(new PinCheck(jdbi, hasher, clock, LockoutPolicy.NONE, CallerThrottle.NONE).check(CASE, "24680", new PinCheck.Attempt(Line.HELPLINE, "call-3", CallerNumber.WITHHELD)))
                .isInstanceOf(PinOutcome.Verified.class);
        assertThat(queue.batches(10)).singleElement().extracting(RemailQueue.Batch::cancelledLetters).isEqualTo(1);
    }

    @Test
    void aMailedRequestCannotBeCancelled() {
        long batch = worker().printNextBatch("worker").orElseThrow().id();
        queue.markMailed(CLERK, batch);

        assertThat(queue.cancel(SUPERVISOR, requestOf(fixture.custodialOf(caseId)), REASON))
                .isEqualTo(RemailQueue.CancelOutcome.NOT_OPEN);
    }

    @Test
    void aBatchIsDownloadedThenMarkedMailedWhichErasesItsPdfAndMailsItsRequests() {
        RemailWorker.PrintedBatch printed = worker().printNextBatch("mlopez").orElseThrow();
        long mailedButCancelled = requestOf(fixture.noncustodialOf(caseId));
        queue.cancel(SUPERVISOR, mailedButCancelled, REASON);

        assertThat(queue.download(CLERK, printed.id())).get().satisfies(pdf -> assertThat(pdf).hasSize(printed.documentBytes()));
        assertThat(queue.batch(printed.id())).get().satisfies(batch -> {
            assertThat(batch.letters()).isEqualTo(2);
            assertThat(batch.printedBy()).isEqualTo("mlopez");
            assertThat(batch.downloadable()).isTrue();
            assertThat(batch.mailed()).isFalse();
        });

        clock.advance(Duration.ofHours(2));
        assertThat(queue.markMailed(CLERK, printed.id())).isEqualTo(RemailQueue.MailOutcome.MAILED);

        assertThat(queue.batch(printed.id())).get().satisfies(batch -> {
            assertThat(batch.mailed()).isTrue();
            assertThat(batch.mailedBy()).isEqualTo("mlopez");
            assertThat(batch.mailedAt()).isEqualTo(clock.instant());
            assertThat(batch.downloadable()).as("the PINs are on paper now, nowhere else").isFalse();
        });
        assertThat(status(requestOf(fixture.custodialOf(caseId)))).isEqualTo("MAILED");
        assertThat(status(mailedButCancelled)).isEqualTo("CANCELLED");
        assertThat(queue.download(CLERK, printed.id())).isEmpty();
        assertThat(queue.markMailed(CLERK, printed.id())).isEqualTo(RemailQueue.MailOutcome.ALREADY_MAILED);
        assertThat(queue.markMailed(CLERK, 999)).isEqualTo(RemailQueue.MailOutcome.NOT_FOUND);
        assertThat(trail.latest(Optional.of("mlopez"), Optional.empty(), 10))
                .extracting(entry -> entry.action() + " " + entry.outcome())
                .containsExactly("batch_mailed not_found", "batch_mailed already_mailed", "batch_downloaded not_available",
                        "batch_mailed done", "batch_downloaded done");
    }

    private RemailWorker worker() {
        return new RemailWorker(jdbi, hasher, LetterContacts.defaults("New York City"), clock, 10);
    }

    private static RemailQueue.Filter filter(String status, String channel, LocalDate from, LocalDate to) {
        return new RemailQueue.Filter(Optional.ofNullable(status), Optional.ofNullable(channel), Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    private long requestOf(long personId) {
        return jdbi.withHandle(h -> h.createQuery("select id from ivr.remail_request where person_id = ?")
                .bind(0, personId).mapTo(Long.class).one());
    }

    private String status(long requestId) {
        return jdbi.withHandle(h -> h.createQuery("select status from ivr.remail_request where id = ?")
                .bind(0, requestId).mapTo(String.class).one());
    }
}
