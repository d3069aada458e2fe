package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.db.DatabaseReach;
import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The network between the phone server and its database is cut without a word while a caller waits
 * for the database: it has the query and answers it, and the answer never arrives (nor a refusal, nor
 * a reset). The caller is not left waiting for as long as TCP keeps a connection: past the line's
 * query time-out ({@code ivr.database.query-timeout}, here {@value #QUERY_TIMEOUT_SECONDS} s), or the
 * longer one for a PIN check the caller was asked to hold for ({@code ivr.database.held-query-timeout},
 * here {@value #HELD_QUERY_TIMEOUT_SECONDS} s), they hear that the system is not available and go to
 * a representative. Once the network is back, the same parent is served in full without restarting
 * anything.
 *
 * <p>The server runs against a database it was configured with, as at an agency, reached through a
 * relay on this machine that the test cuts ({@link SilentNetwork}); the test's own connections go to
 * the database directly. The caller's statement is made to wait on a lock the test holds, so that
 * the cut comes while the database has it.
 */
class NetworkCutTest {
    private static final int QUERY_TIMEOUT_SECONDS = 3;
    private static final int HELD_QUERY_TIMEOUT_SECONDS = 5;
    /** After the time-out, a moment of the machine being busy; never minutes. */
    private static final Duration LEEWAY = Duration.ofSeconds(3);
    private static final String APOLOGY_TEXT = "our system is not available right now";

    private static EmbeddedDatabase database;
    private static SilentNetwork network;
    private static ConfigurableApplicationContext app;
    private static int agiPort;
    private static DemoDataset dataset;
    private static final AsteriskSimulator ASTERISK = AsteriskSimulator.create();
    private static final AtomicInteger CALLS = new AtomicInteger();

    @BeforeAll
    static void lineWithItsDatabaseAcrossTheNetwork() throws Exception {
        ZonedDateTime now = DemoLine.nearestDayThisMonth(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                .atTime(LocalTime.of(10, 0)).atZone(BusinessCalendar.ZONE);
        database = EmbeddedDatabase.start(Files.createTempDirectory("ivr-network-cut"), false);
        network = SilentNetwork.to(database.port());
        agiPort = FreePort.find();
        byte[] pinKey = new byte[32];
        new SecureRandom().nextBytes(pinKey);
        app = SpringApplication.run(PhoneLineApplication.class,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + network.port() + "/postgres",
                "--spring.datasource.username=postgres",
                "--ivr.demo.load=true",
                "--ivr.pin.keys.1=" + Base64.getEncoder().encodeToString(pinKey),
                "--ivr.database.query-timeout=" + QUERY_TIMEOUT_SECONDS + "s",
                "--ivr.database.held-query-timeout=" + HELD_QUERY_TIMEOUT_SECONDS + "s",
                "--ivr.agi.port=" + agiPort, "--server.port=0",
                "--ivr.remail.print-interval=0",
                "--ivr.clock.start=" + now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 300, YearMonth.from(now));
    }

    @AfterAll
    static void closeAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (network != null) {
            network.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** What the caller waits for when the network is cut, and the lock that keeps it in the database until then. */
    enum Moment {
        /**
         * The PIN check waits on the case's lock under the check's own name for it (gov.ocss.ivr.db.TransactionLock),
         * in ivr.pin_check_facts or, on a case this server has checked before, ivr.pin_check_known.
         */
        CHECKING_THEIR_PIN(HELD_QUERY_TIMEOUT_SECONDS, "ivr.pin_check_",
                "select pg_advisory_xact_lock(hashtextextended('ivr.pin_attempt.case:' || ?, 0))"),
        /** The balance and payments wait on the payments table. */
        HEARING_THEIR_BALANCE(QUERY_TIMEOUT_SECONDS, "ledger.payment",
                "lock table ledger.payment in access exclusive mode"),
        ;

        private final int timeoutSeconds;
        private final String statement;
        private final String lock;

        Moment(int timeoutSeconds, String statement, String lock) {
            this.timeoutSeconds = timeoutSeconds;
            this.statement = statement;
            this.lock = lock;
        }

        Walk walk(DemoCase supportCase) {
            Walk verified = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(supportCase, supportCase.noncustodial());
            return this == CHECKING_THEIR_PIN ? verified.hangUpAt(MAIN_MENU) : verified.answer(NONCUSTODIAL_MENU, "2").hangUpAt(MAIN_MENU);
        }
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void aCallerWhoseQueryIsCutOffHearsTheApologyWithinTheTimeoutAndIsServedWhenTheNetworkIsBack(Moment moment) throws Exception {
        DemoCase supportCase = dataset.showcase().get(Showcase.NONCUSTODIAL_WITH_ARREARS.ordinal()).supportCase();
        Duration apologyWithin = Duration.ofSeconds(moment.timeoutSeconds).plus(LEEWAY);

        CallRecord cutOff;
        long cutAt;
        try (Connection direct = database.dataSource().getConnection()) {
            direct.setAutoCommit(false);
            try (PreparedStatement lock = direct.prepareStatement(moment.lock)) {
                if (moment == Moment.CHECKING_THEIR_PIN) {
                    lock.setLong(1, caseId(direct, supportCase));
                }
                lock.execute();
            }
            CompletableFuture<CallRecord> call = CompletableFuture.supplyAsync(() -> call(moment.walk(supportCase)));
            awaitTheStatementWaitingOnTheLock(moment.statement);
            network.cut();
            cutAt = System.nanoTime();
            direct.rollback();
            try {
                cutOff = call.get(apologyWithin.toSeconds() + 10, TimeUnit.SECONDS);
            } catch (TimeoutException stillWaiting) {
                throw new AssertionError("the caller was still waiting " + (apologyWithin.toSeconds() + 10)
                        + " s after the network was cut: the line waits for an answer that never comes");
            }
        }
        long handedOver = System.nanoTime();

        assertThat(DemoLine.received(cutOff)).contains(APOLOGY_TEXT).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(cutOff.variable(DialplanVariables.NEXT)).contains(DialplanVariables.NEXT_AGENT);
        assertThat(cutOff.variable(DialplanVariables.REASON)).contains(Ending.SYSTEM_FAILURE.dialplanReason().orElseThrow());
        assertThat(Duration.ofNanos(handedOver - cutAt)).as("from the cut to the end of the call").isLessThan(apologyWithin);

        network.mend();
        long mended = System.nanoTime();
        awaitThePool();
        Walk again = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(supportCase, supportCase.noncustodial())
                .answer(NONCUSTODIAL_MENU, "2").hangUpAt(NONCUSTODIAL_MENU);
        CallRecord served = call(again);
        assertThat(again.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.received(served)).contains("Your identity is verified").contains("Your past-due balance is")
                .doesNotContain("not available");
        System.out.printf("Network cut drill, %s: the caller was told and handed over %d ms after the cut (time-out %d s); "
                        + "the network mended, the same parent was served in full %d ms later%n", moment,
                TimeUnit.NANOSECONDS.toMillis(handedOver - cutAt), moment.timeoutSeconds,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - mended));
    }

    private static CallRecord call(Walk walk) {
        return ASTERISK.call("127.0.0.1", agiPort, walk.setup().uniqueId("network-cut." + CALLS.incrementAndGet()).build(),
                walk.caller());
    }

    private static long caseId(Connection direct, DemoCase supportCase) throws SQLException {
        try (PreparedStatement find = direct.prepareStatement("select id from ledger.support_case where case_number = ?")) {
            find.setString(1, supportCase.caseNumber().digits());
            try (ResultSet row = find.executeQuery()) {
                assertThat(row.next()).as("the demo case is in the database").isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Asked outside the lock's transaction: within one, PostgreSQL shows the activity as it was at its start. */
    private static void awaitTheStatementWaitingOnTheLock(String statement) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection direct = database.dataSource().getConnection(); PreparedStatement waiting = direct.prepareStatement("""
                    select count(*) from pg_stat_activity
                     where wait_event_type = 'Lock' and pid <> pg_backend_pid() and strpos(query, ?) > 0""")) {
                waiting.setString(1, statement);
                ResultSet row = waiting.executeQuery();
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("the caller's statement reaches the database").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    /**
     * The server's pool has a working connection again, and the line knows the database is back
     * (DatabaseReach) and stays so for a second: the mend closes the connections that lived through the
     * cut, the watch's own check among them, so the watch may find the database out a moment after the
     * mend and back 100 ms later.
     */
    private static void awaitThePool() throws InterruptedException {
        HikariDataSource pool = app.getBean(HikariDataSource.class);
        DatabaseReach database = app.getBean(DatabaseReach.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        long backSince = System.nanoTime();
        while (database.isOut() || System.nanoTime() - backSince < TimeUnit.SECONDS.toNanos(1)) {
            assertThat(System.nanoTime()).as("the line knows the database is back").isLessThan(deadline);
            if (database.isOut()) {
                backSince = System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        while (true) {
            try (Connection connection = pool.getConnection(); PreparedStatement ping = connection.prepareStatement("select 1")) {
                ping.executeQuery().close();
                return;
            } catch (SQLException notYet) {
                assertThat(System.nanoTime()).as("the pool reconnects once the network is back").isLessThan(deadline);
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }
}
