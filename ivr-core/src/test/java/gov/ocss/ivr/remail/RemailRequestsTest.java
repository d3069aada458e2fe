package gov.ocss.ivr.remail;

import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_ZIP;
import static gov.ocss.ivr.testing.LedgerFixture.NONCUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.NONCUSTODIAL_ZIP;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import gov.ocss.ivr.staff.StaffRole;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PIN-letter requests from the phone against a real PostgreSQL. */
class RemailRequestsTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    /** 11 p.m. on Monday, March 9 in New York: already Tuesday in UTC. */
    private static final Instant MONDAY_NIGHT = Instant.parse("2026-03-10T03:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate SEVEN_BUSINESS_DAYS_LATER = LocalDate.of(2026, 3, 18);

    private final TestClock clock = new TestClock(MONDAY_NIGHT);
    private final ExecutorService callers = Executors.newFixedThreadPool(2);
    private Jdbi jdbi;
    private LedgerFixture fixture;
    private long caseId;
    private RemailRequests requests;

    @BeforeEach
    void caseWithTwoParents() {
        jdbi = TestDatabase.fresh().jdbi();
        fixture = new LedgerFixture(jdbi);
        caseId = fixture.newCase(CASE);
        requests = new RemailRequests(jdbi, clock);
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void theParentsBirthDateAndZipQueueALetterDueInSevenBusinessDays() {
        RemailOutcome outcome = requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");

        assertThat(outcome).isEqualTo(new RemailOutcome.Queued(MONDAY, SEVEN_BUSINESS_DAYS_LATER));
        assertThat(requestRows()).containsExactly(
                new Row(fixture.custodialOf(caseId), caseId, MONDAY_NIGHT, "helpline", "call-1", "QUEUED", MONDAY_NIGHT));
    }

    @Test
    void theNoncustodialParentProvesWhoTheyAreWithTheirOwnBirthDateAndZip() {
        RemailOutcome outcome = requests.request(CASE, NONCUSTODIAL_BORN_ON, NONCUSTODIAL_ZIP, Line.TTY, "call-2");

        assertThat(outcome).isInstanceOf(RemailOutcome.Queued.class);
        assertThat(requestRows()).singleElement().satisfies(row -> {
            assertThat(row.personId()).isEqualTo(fixture.noncustodialOf(caseId));
            assertThat(row.channel()).isEqualTo("tty");
        });
    }

    @Test
    void aSecondRequestIsAlreadyRequestedWithTheFirstRequestsDates() {
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");
        clock.advance(Duration.ofDays(3));

        RemailOutcome again = requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.TTY, "call-2");

        assertThat(again).isEqualTo(new RemailOutcome.AlreadyRequested(MONDAY, SEVEN_BUSINESS_DAYS_LATER));
        assertThat(requestRows()).hasSize(1);
    }

    @Test
    void aPrintedLetterNotYetMailedIsStillAlreadyRequested() {
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");
        markAll("PRINTED");

        assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-2"))
                .isInstanceOf(RemailOutcome.AlreadyRequested.class);
    }

    @Test
    void aLetterMailedEarlierDoesNotStopANewOne() {
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");
        markAll("MAILED");
        clock.advance(Duration.ofDays(30));

        RemailOutcome outcome = requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-2");

        assertThat(outcome).isEqualTo(new RemailOutcome.Queued(LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 17)));
        assertThat(requestRows()).extracting(Row::status).containsExactly("MAILED", "QUEUED");
    }

    @Test
    void aWrongBirthDateIsNotConfirmedAndQueuesNothing() {
        assertNotConfirmed(CASE, CUSTODIAL_BORN_ON.plusDays(1), CUSTODIAL_ZIP);
    }

    @Test
    void aWrongZipIsNotConfirmedAndQueuesNothing() {
        assertNotConfirmed(CASE, CUSTODIAL_BORN_ON, "10452");
    }

    @Test
    void anUnknownCaseIsNotConfirmedAndQueuesNothing() {
        assertNotConfirmed(CaseNumber.withCheckDigit(999_999_999L), CUSTODIAL_BORN_ON, CUSTODIAL_ZIP);
    }

    @Test
    void oneParentsBirthDateWithTheOtherParentsZipIsNotConfirmed() {
        assertNotConfirmed(CASE, CUSTODIAL_BORN_ON, NONCUSTODIAL_ZIP);
    }

    @Test
    void twoCallsAtOnceQueueExactlyOneLetter() throws Exception {
        for (int round = 0; round < 10; round++) {
            CaseNumber number = CaseNumber.withCheckDigit(200_000_000L + round);
            fixture.newCase(number);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<RemailOutcome>> calls = new ArrayList<>();
            for (String callId : List.of("call-a" + round, "call-b" + round)) {
                calls.add(callers.submit(() -> {
                    together.await();
                    return requests.request(number, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, callId);
                }));
            }
            List<RemailOutcome> outcomes = new ArrayList<>();
            for (Future<RemailOutcome> call : calls) {
                outcomes.add(call.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder(
                    new RemailOutcome.Queued(MONDAY, SEVEN_BUSINESS_DAYS_LATER),
                    new RemailOutcome.AlreadyRequested(MONDAY, SEVEN_BUSINESS_DAYS_LATER));
        }
        assertThat(requestRows()).hasSize(10);
    }

    @Test
    void aCallRacingAnotherWaitsForItAndAnswersAlreadyRequestedWithItsDate() throws Exception {
        Instant lastFriday = Instant.parse("2026-03-06T17:00:00Z");
        long custodial = fixture.custodialOf(caseId);
        try (Handle other = jdbi.open()) {
            other.begin();
            other.execute("""
                    insert into ivr.remail_request (person_id, case_id, requested_at, channel, status, status_changed_at)
                    values (?, ?, ?, 'staff', 'QUEUED', ?)""", custodial, caseId, lastFriday, lastFriday);

            Future<RemailOutcome> racing = callers.submit(
                    () -> requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1"));
            awaitSomeoneWaitingOnALock();
            other.commit();

            assertThat(racing.get(30, TimeUnit.SECONDS)).isEqualTo(new RemailOutcome.AlreadyRequested(
                    LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 17)));
        }
        assertThat(requestRows()).extracting(Row::channel).containsExactly("staff");
    }

    @Test
    void aFourthLetterWithinNinetyDaysIsRefusedWithTheDayItBecomesPossibleAndKeptForStaffToSee() {
        for (int letter = 0; letter < RemailLimits.MOST_LETTERS; letter++) {
            assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-" + letter))
                    .isInstanceOf(RemailOutcome.Queued.class);
            markAll("MAILED");
            clock.advance(Duration.ofDays(20));
        }
        // Letters on March 9, March 29 and April 18; now May 8: the March 9 letter leaves the window on June 7.
        RemailOutcome fourth = requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.TTY, "call-4");

        assertThat(fourth).isEqualTo(new RemailOutcome.TooMany(MONDAY.plusDays(RemailLimits.WINDOW_DAYS)));
        assertThat(requestRows()).extracting(Row::status).containsExactly("MAILED", "MAILED", "MAILED", "REFUSED");
        assertThat(requestRows().get(3).requestedBy()).isEqualTo("call-4");
    }

    @Test
    void theDayTheOldestLetterLeavesTheWindowANewOneCanBeQueued() {
        for (int letter = 0; letter < RemailLimits.MOST_LETTERS; letter++) {
            requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-" + letter);
            markAll("MAILED");
            clock.advance(Duration.ofDays(1));
        }
        LocalDate possibleAgainOn = MONDAY.plusDays(RemailLimits.WINDOW_DAYS);
        clock.set(possibleAgainOn.atStartOfDay(gov.ocss.ivr.ledger.BusinessCalendar.ZONE).toInstant().minusSeconds(1));
        assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-late"))
                .isEqualTo(new RemailOutcome.TooMany(possibleAgainOn));

        clock.advance(Duration.ofSeconds(2));
        assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-on-time"))
                .isInstanceOf(RemailOutcome.Queued.class);
    }

    @Test
    void cancelledAndRefusedRequestsDoNotCountTowardsTheLimit() {
        for (int letter = 0; letter < RemailLimits.MOST_LETTERS; letter++) {
            requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-" + letter);
            jdbi.useHandle(h -> h.execute("update ivr.remail_request set status = 'CANCELLED' where status = 'QUEUED'"));
        }
        assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-x"))
                .isInstanceOf(RemailOutcome.Queued.class);
    }

    @Test
    void anOpenRequestIsToldBeforeTheLimit() {
        for (int letter = 0; letter < RemailLimits.MOST_LETTERS - 1; letter++) {
            requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-" + letter);
            markAll("MAILED");
        }
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-3");

        assertThat(requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-4"))
                .isEqualTo(new RemailOutcome.AlreadyRequested(MONDAY, SEVEN_BUSINESS_DAYS_LATER));
    }

    @Test
    void fiftyCallsAtOnceForOnePersonLeaveExactlyOneOpenRequest() throws Exception {
        ExecutorService fifty = Executors.newFixedThreadPool(50);
        try {
            CyclicBarrier together = new CyclicBarrier(50);
            List<Future<RemailOutcome>> calls = new ArrayList<>();
            for (int call = 0; call < 50; call++) {
                String callId = "call-" + call;
                Line line = call % 2 == 0 ? Line.HELPLINE : Line.TTY;
                calls.add(fifty.submit(() -> {
                    together.await();
                    return requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, line, callId);
                }));
            }
            List<RemailOutcome> outcomes = new ArrayList<>();
            for (Future<RemailOutcome> call : calls) {
                outcomes.add(call.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(RemailOutcome.Queued.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RemailOutcome.AlreadyRequested.class::isInstance).hasSize(49);
            assertThat(requestRows()).singleElement().extracting(Row::status).isEqualTo("QUEUED");
        } finally {
            fifty.shutdownNow();
        }
    }

    @Test
    void staffQueueALetterForAPartyWithTheirReasonAndTheAuditTrailSaysSo() {
        long custodial = fixture.custodialOf(caseId);
        Staff clerk = new Staff("mlopez", StaffRole.STAFF);

        RemailOutcome outcome = requests.requestForStaff(caseId, custodial, clerk, new StaffReason("Parent at the counter, letter lost"));

        assertThat(outcome).isEqualTo(new RemailOutcome.Queued(MONDAY, SEVEN_BUSINESS_DAYS_LATER));
        assertThat(requestRows()).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo("staff");
            assertThat(row.requestedBy()).isEqualTo("mlopez");
        });
        assertThat(new StaffAuditTrail(jdbi, clock).latest(java.util.Optional.empty(), java.util.Optional.empty(), 10))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.staffUser()).isEqualTo("mlopez");
                    assertThat(entry.action()).isEqualTo("remail_requested");
                    assertThat(entry.outcome()).isEqualTo("queued");
                    assertThat(entry.caseNumber()).isEqualTo(CASE.digits());
                    assertThat(entry.personId()).isEqualTo(custodial);
                    assertThat(entry.remailRequestId()).isNotNull();
                    assertThat(entry.reason()).isEqualTo("Parent at the counter, letter lost");
                });
    }

    @Test
    void overTheLimitStaffAreRefusedButASupervisorMaySendOneMore() {
        long custodial = fixture.custodialOf(caseId);
        StaffReason reason = new StaffReason("Letters returned by the post office");
        for (int letter = 0; letter < RemailLimits.MOST_LETTERS; letter++) {
            requests.requestForStaff(caseId, custodial, new Staff("mlopez", StaffRole.STAFF), reason);
            markAll("MAILED");
        }

        assertThat(requests.requestForStaff(caseId, custodial, new Staff("mlopez", StaffRole.STAFF), reason))
                .isInstanceOf(RemailOutcome.TooMany.class);
        assertThat(requests.requestForStaff(caseId, custodial, new Staff("jchen", StaffRole.SUPERVISOR), reason))
                .isInstanceOf(RemailOutcome.Queued.class);
        assertThat(requestRows()).extracting(Row::status).containsExactly("MAILED", "MAILED", "MAILED", "QUEUED");
    }

    @Test
    void staffCannotQueueALetterForSomeoneWhoIsNotAPartyOfTheCase() {
        long stranger = fixture.person("Sam", "Other", "en");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> requests.requestForStaff(caseId, stranger,
                        new Staff("mlopez", StaffRole.STAFF), new StaffReason("Parent at the counter")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(requestRows()).isEmpty();
    }

    /** Moves every open request on as the worker and staff would: printed in a batch with a credential, then mailed. */
    private void markAll(String status) {
        jdbi.useHandle(h -> {
            long batch = h.createQuery("insert into ivr.print_batch (created_at) values (now()) returning id")
                    .mapTo(Long.class).one();
            h.execute("""
                    update ivr.remail_request set status = ?, print_batch_id = ?, pin_credential_id = -1
                     where status in ('QUEUED', 'PRINTED')""", status, batch);
        });
    }

    private void assertNotConfirmed(CaseNumber number, LocalDate bornOn, String zip) {
        assertThat(requests.request(number, bornOn, zip, Line.HELPLINE, "call-x")).isEqualTo(new RemailOutcome.NotConfirmed());
        assertThat(requestRows()).isEmpty();
    }

    private void awaitSomeoneWaitingOnALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from pg_stat_activity
                         where datname = current_database() and wait_event_type = 'Lock'""")
                .mapTo(Integer.class).one()) == 0) {
            assertThat(System.nanoTime()).as("the racing call waits on the open request").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private List<Row> requestRows() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select person_id, case_id, requested_at, channel, requested_by, status, status_changed_at
                          from ivr.remail_request order by id""")
                .map((rs, ctx) -> new Row(rs.getLong("person_id"), rs.getLong("case_id"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getString("channel"), rs.getString("requested_by"),
                        rs.getString("status"), rs.getTimestamp("status_changed_at").toInstant()))
                .list());
    }

    private record Row(long personId, long caseId, Instant requestedAt, String channel, String requestedBy, String status,
                       Instant statusChangedAt) {
    }
}
