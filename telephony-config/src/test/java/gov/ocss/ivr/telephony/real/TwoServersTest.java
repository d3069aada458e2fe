package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.load.PhoneServer;
import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static gov.ocss.ivr.simulator.CallerAction.press;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.remail.RemailOutcome;
import gov.ocss.ivr.remail.RemailRequests;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two phone servers on one PostgreSQL, as an agency runs them behind one dialplan (each server a JVM
 * of its own, started from the jar as deployed; the calls come through the simulator over TCP). What
 * one server learns of a caller the other knows: a case locked by wrong PINs on both, a number
 * throttled by wrong PINs on both. Both print the PIN-letter queue, and each letter is printed once.
 * One server killed in the middle of the load leaves the other's calls untouched.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersTest {
    private static final String LANGUAGE = "ocss/language-option";
    private static final String MAIN_MENU = "ocss/main-menu";
    private static final String CASE_NUMBER = "ocss/verify-case_number";
    private static final String PIN = "ocss/verify-pin";
    private static final String VERIFIED = "ocss/verify-done";
    private static final String LOCKED = "ocss/verify-locked";
    private static final String THROTTLED = "ocss/verify-too_many_tries";
    private static final String NEXT_MENU = "ocss/next-menu";
    /** Both parents of 200 cases ask for a PIN letter at once. */
    private static final int PARENTS = 400;

    private static Path work;
    private static EmbeddedDatabase database;
    private static PhoneServer first;
    private static PhoneServer second;
    private static DemoDataset dataset;
    private static ZonedDateTime serverClock;
    private static Jdbi jdbi;
    private static final AsteriskSimulator ASTERISK = AsteriskSimulator.create();
    private static final AtomicInteger CALLS = new AtomicInteger();

    @BeforeAll
    static void twoServersOnOneDatabase() throws Exception {
        work = Files.createTempDirectory("ivr-two-servers");
        database = EmbeddedDatabase.start(work.resolve("postgres"), false);
        ZonedDateTime clock = RealAsterisk.officeMorning();
        serverClock = clock;
        byte[] pinKey = new byte[32];
        new SecureRandom().nextBytes(pinKey);
        List<String> shared = List.of("--spring.datasource.url=" + database.jdbcUrl("postgres"),
                "--spring.datasource.username=postgres",
                "--ivr.pin.keys.1=" + Base64.getEncoder().encodeToString(pinKey),
                "--ivr.clock.start=" + clock.toOffsetDateTime(),
                // Both print the queue, every second, in small batches: they meet over the same letters.
                "--ivr.remail.print-interval=1s", "--ivr.remail.batch-size=5");
        first = PhoneServer.start(work.resolve("first"), with(shared, "--ivr.demo.load=true"));
        second = PhoneServer.start(work.resolve("second"), with(shared, "--ivr.demo.load=false"));
        dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 300, YearMonth.from(clock));
        jdbi = Jdbi.create(database.jdbcUrl("postgres"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (PhoneServer server : new PhoneServer[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            database.close();
        }
        PhoneServer.deleteTree(work);
    }

    @Test
    @Order(1)
    void fiveWrongPinsOnACaseOverBothServersLockItOnBoth() {
        DemoCase locked = dataset.caseAt(10);
        for (int i = 0; i < 5; i++) {
            CallRecord wrong = call(i % 2 == 0 ? first : second, "71855500" + (10 + i), wrongPin(locked));
            assertThat(heard(wrong, VERIFIED)).as("wrong PIN %d verified", i + 1).isFalse();
        }

        CallRecord right = call(second, "7185550099", rightPin(locked, locked.custodial()).whenHearing(NEXT_MENU, hangUp()));

        assertThat(heard(right, LOCKED)).as("told the case is locked").isTrue();
        assertThat(heard(right, VERIFIED)).isFalse();
    }

    @Test
    @Order(2)
    void tenWrongPinsFromOneNumberOverBothServersStopItOnBoth() {
        String guesser = "7185550123";
        for (int i = 0; i < 10; i++) {
            call(i % 2 == 0 ? first : second, guesser, wrongPin(dataset.caseAt(20 + i)));
        }
        DemoCase own = dataset.caseAt(40);

        CallRecord right = call(first, guesser, rightPin(own, own.custodial()).whenHearing(NEXT_MENU, hangUp()));

        assertThat(heard(right, THROTTLED)).as("told the number may key no more PINs").isTrue();
        assertThat(heard(right, VERIFIED)).isFalse();
        CallRecord otherNumber = call(second, "7185550124", rightPin(own, own.custodial()).whenHearing(NEXT_MENU, hangUp()));
        assertThat(heard(otherNumber, VERIFIED)).as("another number, the same PIN").isTrue();
    }

    /**
     * Letters for both parents of 200 cases queued at once: both servers' workers print them, five
     * to a batch, and no letter is printed twice nor left out.
     */
    @Test
    @Order(3)
    void bothServersPrintTheQueueAndEachLetterIsPrintedOnce() throws Exception {
        RemailRequests requests = new RemailRequests(jdbi, Clock.fixed(serverClock.toInstant(), RealAsterisk.NEW_YORK));
        long queued = 0;
        for (int i = 0; i < PARENTS / 2; i++) {
            DemoCase supportCase = dataset.caseAt(100 + i);
            for (DemoPerson parent : List.of(supportCase.custodial(), supportCase.noncustodial())) {
                // The demo data gave some parents letters of late: they may not ask again so soon.
                if (requests.request(supportCase.caseNumber(), parent.dateOfBirth(), parent.address().zip(), Line.HELPLINE,
                        "two-servers-" + CALLS.incrementAndGet()) instanceof RemailOutcome.Queued) {
                    queued++;
                }
            }
        }
        assertThat(queued).as("letters queued").isGreaterThan(PARENTS / 2);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count("select count(*) from ivr.remail_request where status = 'QUEUED'") > 0) {
            assertThat(System.nanoTime()).as("the queue is printed").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(200);
        }

        assertThat(count("select count(*) from ivr.remail_request where status = 'PRINTED'")).isEqualTo(queued);
        assertThat(count("select coalesce(sum(letters), 0) from ivr.print_batch")).as("letters in the batches").isEqualTo(queued);
        assertThat(count("""
                select count(*) from (select person_id from ledger.pin_credential where status = 'PENDING'
                                       group by person_id having count(*) > 1) twice""")).as("parents with two new PINs").isZero();
        assertThat(count("select count(*) from ivr.remail_request r join ledger.pin_credential c on c.id = r.pin_credential_id"
                + " where r.status = 'PRINTED' and c.status = 'PENDING'")).as("printed letters whose new PIN works").isEqualTo(queued);
        long byFirst = printedBatches(first);
        long bySecond = printedBatches(second);
        assertThat(byFirst + bySecond).isEqualTo(count("select count(*) from ivr.print_batch"));
        assertThat(byFirst).as("batches the first server printed").isPositive();
        assertThat(bySecond).as("batches the second server printed").isPositive();
        System.out.printf("Two servers, one queue: %d letters in %d batches, %d printed by the first server and %d by the second%n",
                queued, byFirst + bySecond, byFirst, bySecond);
    }

    /**
     * Callers verify on both servers, 8 at a time on each; the first server is killed as a crash kills
     * it. Every call on the second carries on and is served, before the kill and after it.
     */
    @Test
    @Order(4)
    void whenOneServerIsKilledUnderLoadTheOthersCallsCarryOn() throws Exception {
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger servedOnSecond = new AtomicInteger();
        AtomicInteger servedOnSecondAfterTheKill = new AtomicInteger();
        AtomicInteger failedOnSecond = new AtomicInteger();
        AtomicInteger servedOnFirst = new AtomicInteger();
        AtomicInteger cutOffOnFirst = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int thread = 0; thread < 16; thread++) {
            PhoneServer server = thread % 2 == 0 ? first : second;
            DemoCase supportCase = dataset.caseAt(50 + thread);
            String number = "71855502" + (10 + thread);
            running.add(callers.submit(() -> {
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    CallRecord call;
                    try {
                        call = call(server, number, rightPin(supportCase, supportCase.custodial())
                                .whenHearing("ocss/account-menu-custodial", hangUp()));
                    } catch (UncheckedIOException refused) {
                        // Only the killed server refuses: the dialplan would send these callers to the other.
                        assertThat(server).isSameAs(first);
                        return null;
                    }
                    boolean served = heard(call, VERIFIED);
                    if (server == second) {
                        (served ? servedOnSecond : failedOnSecond).incrementAndGet();
                        if (served && started > killedAt.get()) {
                            servedOnSecondAfterTheKill.incrementAndGet();
                        }
                    } else {
                        (served ? servedOnFirst : cutOffOnFirst).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        TimeUnit.SECONDS.sleep(8);
        killedAt.set(System.nanoTime());
        first.kill();
        for (Future<?> caller : running) {
            caller.get(2, TimeUnit.MINUTES);
        }
        callers.shutdown();

        assertThat(failedOnSecond.get()).as("calls on the second server not served").isZero();
        assertThat(servedOnSecondAfterTheKill.get()).as("calls served by the second server after the kill").isPositive();
        assertThat(servedOnFirst.get()).as("calls served by the first server before the kill").isPositive();
        System.out.printf("Two servers, one killed: the first served %d calls and %d were cut off by the kill; "
                        + "the second served %d, %d of them after the kill, and failed none%n",
                servedOnFirst.get(), cutOffOnFirst.get(), servedOnSecond.get(), servedOnSecondAfterTheKill.get());
    }

    private static ScriptedCaller wrongPin(DemoCase supportCase) {
        String wrong = supportCase.custodial().pin().digits().equals("00000") || supportCase.noncustodial().pin().digits().equals("00000")
                ? "00001" : "00000";
        return ScriptedCaller.create()
                .whenHearing(LANGUAGE, press("1"))
                .whenHearing(MAIN_MENU, press("1"))
                .whenHearing(CASE_NUMBER, press(supportCase.caseNumber().digits()))
                .whenHearing(PIN, press(wrong))
                .whenHearing(CASE_NUMBER, hangUp());
    }

    private static ScriptedCaller rightPin(DemoCase supportCase, DemoPerson parent) {
        return ScriptedCaller.create()
                .whenHearing(LANGUAGE, press("1"))
                .whenHearing(MAIN_MENU, press("1"))
                .whenHearing(CASE_NUMBER, press(supportCase.caseNumber().digits()))
                .whenHearing(PIN, press(parent.pin().digits()));
    }

    private static CallRecord call(PhoneServer server, String callerNumber, ScriptedCaller caller) {
        CallSetup setup = CallSetup.forScript(Line.HELPLINE.scriptName()).callerIdNumber(callerNumber)
                .uniqueId("two-servers." + CALLS.incrementAndGet()).build();
        CallRecord call = ASTERISK.call("127.0.0.1", server.agiPort(), setup, caller);
        assertThat(call.protocolErrors()).as("protocol errors").isEmpty();
        return call;
    }

    /** Sounds are heard in the caller's language's folder ("en/ocss/verify-done"). */
    private static boolean heard(CallRecord call, String sound) {
        return call.soundsHeard().stream().anyMatch(played -> played.endsWith("/" + sound));
    }

    private static long printedBatches(PhoneServer server) {
        return server.log().stream().filter(line -> line.contains("Printed batch")).count();
    }

    private static long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static List<String> with(List<String> settings, String more) {
        List<String> all = new ArrayList<>(settings);
        all.add(more);
        return all;
    }
}
