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
import gov.ocss.ivr.remail.letter.ActualTextStripper;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import gov.ocss.ivr.verification.CallerThrottle;
import gov.ocss.ivr.verification.LockoutPolicy;
import gov.ocss.ivr.verification.PinCheck;
import gov.ocss.ivr.verification.PinOutcome;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The printing worker against a real PostgreSQL: batches, new PINs, crashes, and several workers at once. */
class RemailWorkerTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final String OLD_CUSTODIAL_PIN = "24680";
    private static final String OLD_NONCUSTODIAL_PIN = "13579";
    private static final Pattern LETTER = Pattern.compile("Your new PIN\\s+([0-9]{5}).*?request ([0-9]+)", Pattern.DOTALL);

    private final PinHasher hasher = DemoPinKey.hasher();
    private final TestClock clock = new TestClock(NOW);
    private Jdbi jdbi;
    private LedgerFixture fixture;
    private long caseId;
    private RemailRequests requests;

    @BeforeEach
    void caseWhoseParentsBothAskForANewLetter() {
        jdbi = TestDatabase.fresh().jdbi();
        fixture = new LedgerFixture(jdbi);
        caseId = fixture.newCase(CASE);
        fixture.credential(fixture.custodialOf(caseId), hasher, OLD_CUSTODIAL_PIN, "ACTIVE");
        fixture.credential(fixture.noncustodialOf(caseId), hasher, OLD_NONCUSTODIAL_PIN, "ACTIVE");
        requests = new RemailRequests(jdbi, clock);
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-1");
        requests.request(CASE, NONCUSTODIAL_BORN_ON, NONCUSTODIAL_ZIP, Line.TTY, "call-2");
    }

    @Test
    void queuedRequestsArePrintedInOneBatchEachWithANewPendingPinThatOnlyTheLetterHolds() throws IOException {
        var batch = worker(10).printNextBatch("worker").orElseThrow();

        assertThat(batch.letters()).isEqualTo(2);
        assertThat(statuses()).containsOnly("PRINTED");
        Map<Long, String> pins = pinsByRequest(document(batch.id()));
        assertThat(pins).hasSize(2);
        for (Map.Entry<Long, String> letter : pins.entrySet()) {
            long personId = personOf(letter.getKey());
            assertThat(credentialStatuses(personId)).containsExactly("ACTIVE", "PENDING");
            assertThat(pendingMatches(personId, letter.getValue())).as("the letter's PIN is the pending credential").isTrue();
            assertThat(letter.getValue()).isNotIn(OLD_CUSTODIAL_PIN, OLD_NONCUSTODIAL_PIN);
        }
        int named = jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from ivr.remail_request r
                          join ledger.pin_credential c on c.id = r.pin_credential_id and c.status = 'PENDING'
                         where r.print_batch_id = ?""").bind(0, batch.id()).mapTo(Integer.class).one());
        assertThat(named).as("each printed request names its credential").isEqualTo(2);
    }

    @Test
    void theLettersPinVerifiesOnThePhoneAndReplacesTheOldOne() throws IOException {
        var batch = worker(10).printNextBatch("worker").orElseThrow();
        long custodial = fixture.custodialOf(caseId);
        String newPin = pinsByRequest(document(batch.id())).entrySet().stream()
                .filter(letter -> personOf(letter.getKey()) == custodial).findFirst().orElseThrow().getValue();
        PinCheck pinCheck = new PinCheck(jdbi, hasher, clock, LockoutPolicy.NONE, CallerThrottle.NONE);

        assertThat(pinCheck.check(CASE, OLD_CUSTODIAL_PIN, new PinCheck.Attempt(Line.HELPLINE, "call-3", CallerNumber.WITHHELD))).isInstanceOf(PinOutcome.Verified.class);
        assertThat(pinCheck.check(CASE, newPin, new PinCheck.Attempt(Line.HELPLINE, "call-4", CallerNumber.WITHHELD))).isInstanceOf(PinOutcome.Verified.class);
        assertThat(pinCheck.check(CASE, OLD_CUSTODIAL_PIN, new PinCheck.Attempt(Line.HELPLINE, "call-5", CallerNumber.WITHHELD))).isEqualTo(new PinOutcome.NoMatch());
    }

    @Test
    void aNewerLetterRevokesThePendingPinOfAnEarlierOneNeverUsed() {
        worker(10).printNextBatch("worker").orElseThrow();
        jdbi.useHandle(h -> h.execute("update ivr.remail_request set status = 'MAILED'"));
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-3");

        worker(10).printNextBatch("worker").orElseThrow();

        assertThat(credentialStatuses(fixture.custodialOf(caseId))).containsExactly("ACTIVE", "REVOKED", "PENDING");
    }

    @Test
    void anEmptyQueuePrintsNothing() {
        worker(10).printQueue("worker", 5);

        assertThat(worker(10).printNextBatch("worker")).isEmpty();
        int batches = jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.print_batch").mapTo(Integer.class).one());
        assertThat(batches).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(RemailWorker.Step.class)
    void aCrashAtAnyStepLeavesTheQueueAsItWasAndTheNextRunPrintsEachRequestOnce(RemailWorker.Step failAt) throws IOException {
        RemailWorker crashing = new RemailWorker(jdbi, hasher, LetterContacts.defaults("New York City"), clock, 10,
                new NewPins(), (step, handle) -> {
                    if (step == failAt) {
                        throw new IllegalStateException("the server died at " + step);
                    }
                });

        assertThatThrownBy(() -> crashing.printNextBatch("worker")).hasMessageContaining("died");
        assertNothingPrinted();

        var batch = worker(10).printNextBatch("worker").orElseThrow();
        assertThat(batch.letters()).isEqualTo(2);
        assertEachPrintedOnceWithItsPendingPin();
    }

    @Test
    void aWorkerWhoseDatabaseConnectionDiesMidBatchLosesNothing() throws IOException {
        RemailWorker cutOff = new RemailWorker(jdbi, hasher, LetterContacts.defaults("New York City"), clock, 10,
                new NewPins(), (step, handle) -> {
                    if (step == RemailWorker.Step.LETTERS_SET) {
                        // As if the server's process were killed: PostgreSQL rolls the open transaction back.
                        handle.execute("select pg_terminate_backend(pg_backend_pid())");
                    }
                });

        assertThatThrownBy(() -> cutOff.printNextBatch("worker")).isInstanceOf(RuntimeException.class);
        assertNothingPrinted();

        worker(10).printNextBatch("worker").orElseThrow();
        assertEachPrintedOnceWithItsPendingPin();
    }

    @Test
    void aRequestAnotherWorkerHoldsIsSkippedNotWaitedFor() {
        long held = requestIds().get(0);
        try (Handle other = jdbi.open()) {
            other.begin();
            other.createQuery("select id from ivr.remail_request where id = ? for update").bind(0, held).mapTo(Long.class).one();

            var batch = worker(10).printNextBatch("worker").orElseThrow();

            assertThat(batch.letters()).isEqualTo(1);
            other.rollback();
        }
        assertThat(worker(10).printNextBatch("worker").orElseThrow().letters()).isEqualTo(1);
        assertThat(statuses()).containsOnly("PRINTED");
    }

    @Test
    void workersOnSeveralServersAtOnceNeverPrintARequestTwice() throws Exception {
        for (int i = 2; i <= 20; i++) {
            CaseNumber number = CaseNumber.withCheckDigit(100_000_000L + i);
            fixture.newCase(number);
            requests.request(number, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-c" + i);
            requests.request(number, NONCUSTODIAL_BORN_ON, NONCUSTODIAL_ZIP, Line.HELPLINE, "call-n" + i);
        }
        ExecutorService servers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RemailWorker.PrintedBatch>>> runs = new ArrayList<>();
            for (int server = 0; server < 4; server++) {
                runs.add(servers.submit(() -> worker(5).printQueue("worker", 100)));
            }
            int letters = 0;
            for (Future<List<RemailWorker.PrintedBatch>> run : runs) {
                for (RemailWorker.PrintedBatch batch : run.get(120, TimeUnit.SECONDS)) {
                    letters += batch.letters();
                }
            }
            assertThat(letters).isEqualTo(40);
        } finally {
            servers.shutdownNow();
        }
        assertThat(statuses()).hasSize(40).containsOnly("PRINTED");
        assertEachPrintedOnceWithItsPendingPin();
    }

    private RemailWorker worker(int batchSize) {
        return new RemailWorker(jdbi, hasher, LetterContacts.defaults("New York City"), clock, batchSize);
    }

    private void assertNothingPrinted() {
        assertThat(statuses()).containsOnly("QUEUED");
        int pending = jdbi.withHandle(h -> h.createQuery("select count(*) from ledger.pin_credential where status <> 'ACTIVE'")
                .mapTo(Integer.class).one());
        int batches = jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.print_batch").mapTo(Integer.class).one());
        assertThat(pending).as("no credential issued").isZero();
        assertThat(batches).as("no batch kept").isZero();
    }

    /** Every request is in exactly one batch's PDF, and the PIN there is its person's one pending credential. */
    private void assertEachPrintedOnceWithItsPendingPin() throws IOException {
        Map<Long, String> printed = new HashMap<>();
        List<Long> batchIds = jdbi.withHandle(h -> h.createQuery("select id from ivr.print_batch").mapTo(Long.class).list());
        for (long batchId : batchIds) {
            Map<Long, String> inBatch = pinsByRequest(document(batchId));
            for (Map.Entry<Long, String> letter : inBatch.entrySet()) {
                assertThat(printed.put(letter.getKey(), letter.getValue())).as("request %d printed twice", letter.getKey()).isNull();
                long inDatabase = jdbi.withHandle(h -> h.createQuery("select print_batch_id from ivr.remail_request where id = ?")
                        .bind(0, letter.getKey()).mapTo(Long.class).one());
                assertThat(inDatabase).isEqualTo(batchId);
            }
        }
        assertThat(printed.keySet()).containsExactlyInAnyOrderElementsOf(requestIds());
        for (Map.Entry<Long, String> letter : printed.entrySet()) {
            long personId = personOf(letter.getKey());
            assertThat(credentialStatuses(personId)).containsOnlyOnce("PENDING").doesNotContain("REVOKED");
            assertThat(pendingMatches(personId, letter.getValue())).isTrue();
        }
    }

    private byte[] document(long batchId) {
        return jdbi.withHandle(h -> h.createQuery("select document from ivr.print_batch where id = ?")
                .bind(0, batchId).mapTo(byte[].class).one());
    }

    /** The PIN each letter of a batch's PDF carries, by the request id at its foot. */
    private static Map<Long, String> pinsByRequest(byte[] pdf) throws IOException {
        Map<Long, String> pins = new HashMap<>();
        Matcher letter = LETTER.matcher(ActualTextStripper.text(pdf));
        while (letter.find()) {
            assertThat(pins.put(Long.parseLong(letter.group(2)), letter.group(1))).as("one letter per request").isNull();
        }
        return pins;
    }

    private boolean pendingMatches(long personId, String pin) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select pin_hash, key_version from ledger.pin_credential where person_id = ? and status = 'PENDING'")
                .bind(0, personId)
                .map((rs, ctx) -> hasher.matches(personId, pin, rs.getBytes(1), rs.getInt(2)))
                .one());
    }

    private long personOf(long requestId) {
        return jdbi.withHandle(h -> h.createQuery("select person_id from ivr.remail_request where id = ?")
                .bind(0, requestId).mapTo(Long.class).one());
    }

    private List<Long> requestIds() {
        return jdbi.withHandle(h -> h.createQuery("select id from ivr.remail_request order by id").mapTo(Long.class).list());
    }

    private List<String> statuses() {
        return jdbi.withHandle(h -> h.createQuery("select status from ivr.remail_request order by id").mapTo(String.class).list());
    }

    private List<String> credentialStatuses(long personId) {
        return jdbi.withHandle(h -> h.createQuery("select status from ledger.pin_credential where person_id = ? order by id")
                .bind(0, personId).mapTo(String.class).list());
    }
}
