package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database goes down (the embedded PostgreSQL is stopped, or crashes) while callers are on the
 * line and while new ones call. Whatever they were doing, a caller who needs the database hears (or
 * reads) within a couple of seconds that the system is not available and is put through to a
 * representative: no silence, no hung call, nothing of the failure shown. When the database is
 * back the line serves callers again by itself. A PIN-letter request is in the queue exactly when
 * the caller was told it is.
 */
class DatabaseOutageTest {
    private static final OutageLine LINE = OutageLine.get();
    private static final DemoCase ARREARS_CASE = LINE.dataset().showcase().get(Showcase.NONCUSTODIAL_WITH_ARREARS.ordinal()).supportCase();
    private static final DemoPerson PAYER = ARREARS_CASE.noncustodial();
    /** Parents of cases no other drill calls about, for the PIN-letter requests. */
    private static final DemoCase LETTER_CASE = LINE.dataset().caseAt(150);
    private static final DemoCase CRASH_LETTER_CASE = LINE.dataset().caseAt(151);
    /** The pool's connection time-out (1 s, application.properties) and ample room for the machine being busy. */
    private static final Duration LONGEST_SILENCE = Duration.ofSeconds(3);
    private static final String APOLOGY_SOUND = "ocss/call-system_unavailable";
    private static final String APOLOGY_TEXT = "our system is not available right now";
    private static final String QUEUED_SOUND = "ocss/remail-queued";
    private static final String OUTAGE_MENU = "ocss/outage-menu";
    private static final String OUTAGE_TEXT = "account and payment information is not available right now";
    /** The watch's heartbeat (1 s), the pool's time-out (1 s) and room for the machine being busy. */
    private static final Duration LINE_KNOWS_WITHIN = Duration.ofSeconds(5);
    /** The bar for a restart. */
    private static final Duration BACK_WITHIN = Duration.ofMillis(500);
    private static final String QUEUED_TEXT = "We will mail a new PIN letter";

    @AfterEach
    void databaseBackUp() {
        LINE.startDatabaseAndAwaitThePool();
    }

    /** Where a caller is when the database goes down, how they got there, and the step they have just taken. */
    enum Moment {
        KEYING_THEIR_PIN(4, walk -> walk.chooseLanguage(Language.ENGLISH).verify(ARREARS_CASE, PAYER)),
        ASKING_FOR_THEIR_BALANCE(5, walk -> walk.chooseLanguage(Language.ENGLISH).verify(ARREARS_CASE, PAYER)
                .answer(NONCUSTODIAL_MENU, "2")),
        ASKING_FOR_A_PIN_LETTER(5, walk -> pinLetter(walk.chooseLanguage(Language.ENGLISH), LETTER_CASE.noncustodial(), LETTER_CASE));

        private final int step;
        private final UnaryOperator<Walk> walk;

        Moment(int step, UnaryOperator<Walk> walk) {
            this.step = step;
            this.walk = walk;
        }
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void aVoiceCallerWhoseDatabaseGoesDownHearsTheApologyAtOnceAndGoesToARepresentative(Moment moment) {
        callerInTheMiddleOfACall(Line.HELPLINE, moment);
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void aTtyCallerWhoseDatabaseGoesDownReadsTheApologyAtOnceAndGoesToARepresentative(Moment moment) {
        callerInTheMiddleOfACall(Line.TTY, moment);
    }

    private static void callerInTheMiddleOfACall(Line line, Moment moment) {
        forgetLetters(LETTER_CASE.noncustodial());
        Walk walk = moment.walk.apply(Walk.on(line)).hangUpAt(MAIN_MENU);
        OutageCaller caller = OutageCaller.afterStep(moment.step, walk.caller(), LINE::stopDatabase);

        CallRecord call = LINE.call(walk.setup(), caller);
        long handedOver = System.nanoTime();

        assertThat(caller.eventHappened()).as("the database went down during the call").isTrue();
        assertSentToARepresentativeWithinACoupleOfSeconds(line + " " + moment, call, caller, caller.eventDoneNanos(), handedOver);
        assertThat(DemoLine.received(call)).doesNotContain(QUEUED_TEXT).doesNotContain("Thank you. We will mail");
        assertThat(call.soundsHeard()).noneMatch(sound -> sound.endsWith(QUEUED_SOUND));
        LINE.startDatabaseAndAwaitThePool();
        assertThat(letters(LETTER_CASE.noncustodial())).as("PIN-letter requests").isZero();
    }

    /**
     * The line knows of an outage between calls, without a call asking the database: its watch on the
     * pool. A caller who phones then is welcomed, chooses a language and hears at once that account
     * information is not available, before the main menu and before keying anything; they may hear the
     * office hours (the settings' copy, as the ledger cannot be read), reach a person while
     * representatives work (the test's clock is a weekday morning), or end the call.
     */
    @ParameterizedTest
    @EnumSource(Line.class)
    void aCallerWhoPhonesDuringAnOutageIsToldBeforeKeyingAnythingAndMayHearTheHoursReachAPersonOrLeave(Line line) {
        LINE.stopDatabase();
        long knownAfter = LINE.awaitTheLineKnows(true, Duration.ofSeconds(10));
        assertThat(Duration.ofMillis(knownAfter)).as("the line knows of the outage with no call").isLessThan(LINE_KNOWS_WITHIN);

        Walk hoursThenGoodbye = Walk.on(line).chooseLanguage(Language.ENGLISH).answer(OUTAGE_MENU, "1").answer(OUTAGE_MENU, "9");
        CallRecord told = LINE.call(hoursThenGoodbye.setup(), hoursThenGoodbye.caller());
        assertThat(hoursThenGoodbye.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.received(told)).contains("Welcome to the New York City child support")
                .contains(OUTAGE_TEXT).contains("The office is open").contains("Monday to Friday").contains("Goodbye")
                .doesNotContain("case number").doesNotContain("For your account and payment information")
                .doesNotContain(APOLOGY_TEXT).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(told.variable(DialplanVariables.NEXT)).contains(DialplanVariables.NEXT_HANGUP);
        assertThat(told.callerHungUp()).as("the line, not the caller, ended the call").isFalse();
        assertNoStepWaitedLong(line + " outage notice", told);

        Walk person = Walk.on(line).chooseLanguage(Language.ENGLISH).answer(OUTAGE_MENU, "0");
        CallRecord putThrough = LINE.call(person.setup(), person.caller());
        assertThat(DemoLine.received(putThrough)).contains(OUTAGE_TEXT).contains("connecting you with a representative")
                .doesNotContain("case number");
        assertThat(putThrough.variable(DialplanVariables.NEXT)).contains(DialplanVariables.NEXT_AGENT);
        assertThat(putThrough.variable(DialplanVariables.REASON)).contains(Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow());
        assertNoStepWaitedLong(line + " outage, to a person", putThrough);
        System.out.printf("Database outage drill, %s: the line knew of the outage %d ms after the database stopped, with no call%n",
                line, knownAfter);
    }

    /**
     * A caller already at the main menu when the database goes down, who then asks for their account,
     * is told before the case number too; and once the database is back, callers are served again
     * without anyone restarting anything.
     */
    @Test
    void aCallerAtTheMainMenuWhenTheOutageBeginsIsToldBeforeTheCaseNumber() {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(MAIN_MENU, "1").answer(OUTAGE_MENU, "9");
        OutageCaller caller = OutageCaller.afterStep(2, walk.caller(), () -> {
            LINE.stopDatabase();
            LINE.awaitTheLineKnows(true, Duration.ofSeconds(10));
        });
        CallRecord call = LINE.call(walk.setup(), caller);
        assertThat(caller.eventHappened()).isTrue();
        assertThat(DemoLine.received(call)).contains("For your account and payment information").contains(OUTAGE_TEXT)
                .doesNotContain("case number").doesNotContain(APOLOGY_TEXT);
        assertThat(call.variable(DialplanVariables.NEXT)).contains(DialplanVariables.NEXT_HANGUP);
    }

    /**
     * The database comes back while a caller is in the outage's menu: after their choice they hear the
     * main menu, and may go on with their account.
     */
    @Test
    void aCallerToldOfTheOutageHearsTheMainMenuOnceTheDatabaseIsBack() {
        LINE.stopDatabase();
        LINE.awaitTheLineKnows(true, Duration.ofSeconds(10));
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(OUTAGE_MENU, "1").hangUpAt(MAIN_MENU);
        OutageCaller caller = OutageCaller.afterStep(2, walk.caller(), LINE::startDatabaseAndAwaitThePool);

        CallRecord call = LINE.call(walk.setup(), caller);

        assertThat(caller.eventHappened()).as("the database came back during the call").isTrue();
        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.heard(call)).containsSubsequence("account and payment information is not available right now",
                "The office is open", "For your account and payment information");
    }

    /**
     * The line finds the database again by itself, with no restart of the phone server, and fast: its
     * watch tries every 100 ms and wakes the pool from Hikari's back-off (which grows to 5 s), so the
     * pool serves within half a second of PostgreSQL accepting connections, even after an outage long
     * enough for the back-off to reach its ceiling.
     */
    @Test
    void whenTheDatabaseIsBackTheNextCallIsServedInFullWithoutRestartingTheServer() throws InterruptedException {
        LINE.stopDatabase();
        long down = System.nanoTime();
        Walk duringOutage = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).answer(OUTAGE_MENU, "9");
        LINE.awaitTheLineKnows(true, Duration.ofSeconds(10));
        assertThat(DemoLine.received(LINE.call(duringOutage.setup(), duringOutage.caller()))).contains(OUTAGE_TEXT);
        // Long enough for the pool's back-off to reach its 5 s ceiling: the slowest recovery.
        TimeUnit.NANOSECONDS.sleep(Math.max(0, down + TimeUnit.SECONDS.toNanos(8) - System.nanoTime()));

        LINE.startDatabase();
        long backMillis = LINE.awaitTheLineKnows(false, Duration.ofSeconds(10));
        long started = System.nanoTime();
        assertThat(Duration.ofMillis(backMillis)).as("from PostgreSQL accepting connections to the line serving again")
                .isLessThan(BACK_WITHIN);
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(ARREARS_CASE, PAYER)
                .answer(NONCUSTODIAL_MENU, "2").answer(NONCUSTODIAL_MENU, "9").hangUpAt(MAIN_MENU);
        CallRecord call = LINE.call(walk.setup(), walk.caller());
        long served = System.nanoTime();

        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.received(call)).contains("Your identity is verified").contains("Your past-due balance is")
                .doesNotContain("not available");
        assertThat(auditRecords(call)).as("the call's audit record").isEqualTo(1);
        System.out.printf("Database outage drill: PostgreSQL started again after %d s down and the line served again %d ms later; "
                        + "the next call served in full in %d ms%n",
                TimeUnit.NANOSECONDS.toSeconds(started - down), backMillis, millis(served - started));
    }

    /**
     * PostgreSQL ends every session at once (a restart, or an operator ending them) just after the pool
     * used each of its connections: Hikari hands out a connection used within the last half second
     * without checking it, so every one of them would fail a caller in turn. The first failure evicts
     * them all: one query fails, the rest get new connections.
     */
    @Test
    void whenTheDatabaseEndsEverySessionOnlyTheFirstQueryAfterFails() throws Exception {
        LINE.startDatabaseAndAwaitThePool();
        int size = LINE.pool().getMaximumPoolSize();
        List<Connection> everyConnection = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            everyConnection.add(LINE.pool().getConnection());
        }
        for (Connection connection : everyConnection) {
            connection.close();
        }
        int ended = LINE.database().withHandle(h -> h.createQuery("""
                        select count(pg_terminate_backend(pid)) from pg_stat_activity
                         where backend_type = 'client backend' and pid <> pg_backend_pid()""")
                .mapTo(Integer.class).one());
        assertThat(ended).as("sessions ended").isGreaterThanOrEqualTo(size);
        TimeUnit.MILLISECONDS.sleep(50);

        int failed = 0;
        for (int i = 0; i < size; i++) {
            try (Connection connection = LINE.pool().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("select 1");
            } catch (SQLException lost) {
                failed++;
            }
        }
        assertThat(failed).as("queries that met a dead connection, of %d", size).isLessThanOrEqualTo(1);
        LINE.awaitTheLineKnows(false, Duration.ofSeconds(5));
    }

    /**
     * The request's transaction is cut off by the outage (it waits on the parent's lock, held here, when
     * the database stops): no request is left, and the caller hears the apology, never "queued".
     */
    @Test
    void aPinLetterRequestCutOffByTheOutageLeavesNoRequestAndTheCallerIsNotToldItWasQueued() throws Exception {
        DemoPerson parent = LETTER_CASE.noncustodial();
        forgetLetters(parent);
        Walk walk = pinLetter(Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH), parent, LETTER_CASE).hangUpAt(MAIN_MENU);
        CompletableFuture<CallRecord> call;
        Connection lockHolder = LINE.connectDirectly();
        try {
            lockHolder.setAutoCommit(false);
            try (PreparedStatement lock = lockHolder.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended('ivr.remail_request:' || ?, 0))")) {
                lock.setLong(1, parent.id());
                lock.execute();
            }
            call = CompletableFuture.supplyAsync(() -> LINE.call(walk.setup(), walk.caller()));
            awaitARequestWaitingOnTheLock(lockHolder);
            LINE.stopDatabase();
        } finally {
            // The test's own session went down with the database.
            lockHolder.close();
        }
        CallRecord record = call.get(30, TimeUnit.SECONDS);

        assertThat(DemoLine.received(record)).contains("our system is not available right now").doesNotContain("Thank you. We will mail");
        assertThat(record.variable(DialplanVariables.NEXT)).contains(DialplanVariables.NEXT_AGENT);
        LINE.startDatabaseAndAwaitThePool();
        assertThat(letters(parent)).as("PIN-letter requests after the outage").isZero();
    }

    /**
     * The request is committed, to disk, before the caller is told it is queued: PostgreSQL crashing the
     * moment the caller hears it loses nothing. (The embedded database runs with synchronous_commit off;
     * the request's transaction turns it on for itself.)
     */
    @ParameterizedTest
    @EnumSource(Line.class)
    void aPinLetterTheCallerWasToldIsQueuedSurvivesADatabaseCrashAtThatMoment(Line line) {
        DemoPerson parent = CRASH_LETTER_CASE.noncustodial();
        forgetLetters(parent);
        Walk walk = pinLetter(Walk.on(line).chooseLanguage(Language.ENGLISH), parent, CRASH_LETTER_CASE).hangUpAt(MAIN_MENU);
        OutageCaller caller = OutageCaller.whenReceiving(line.isText() ? QUEUED_TEXT : QUEUED_SOUND, walk.caller(), LINE::crashDatabase);

        LINE.call(walk.setup(), caller);

        assertThat(caller.eventHappened()).as("the caller was told the letter is queued").isTrue();
        LINE.startDatabaseAndAwaitThePool();
        assertThat(openLetters(parent)).as("queued PIN-letter requests after the crash").isEqualTo(1);
    }

    private static Walk pinLetter(Walk walk, DemoPerson parent, DemoCase supportCase) {
        return walk.answer(MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, supportCase.caseNumber().digits())
                .answer(Walk.BIRTH_DATE, EveryQuestionTest.birthDate(parent))
                .answer(Walk.ZIP, parent.address().zip());
    }

    /**
     * The caller heard or read the apology, the dialplan was told to put them through to an agent
     * because the system failed, no step of the call kept them waiting more than a couple of
     * seconds, and the line handed the call over soon after the apology.
     */
    private static void assertSentToARepresentativeWithinACoupleOfSeconds(String what, CallRecord call, OutageCaller caller,
                                                                          long outageFrom, long handedOver) {
        assertThat(DemoLine.received(call)).as(what).contains(APOLOGY_TEXT)
                .doesNotContain("Exception").doesNotContain("SQL").doesNotContain("PSQL");
        assertThat(call.variable(DialplanVariables.NEXT)).as(what).contains(DialplanVariables.NEXT_AGENT);
        assertThat(call.variable(DialplanVariables.REASON)).as(what).contains(Ending.SYSTEM_FAILURE.dialplanReason().orElseThrow());
        assertThat(call.callerHungUp()).as(what + ": the line, not the caller, ended the call").isFalse();
        long longestStep = Arrays.stream(call.stepTurnaroundNanos()).max().orElse(0);
        assertThat(Duration.ofNanos(longestStep)).as(what + ": the longest wait for the server").isLessThan(LONGEST_SILENCE);
        int apology = apologyCommand(call);
        long apologyAt = caller.turnNanos(apology);
        assertThat(Duration.ofNanos(handedOver - apologyAt)).as(what + ": from the apology to the hand-over").isLessThan(LONGEST_SILENCE);
        System.out.printf("Database outage drill, %s: the apology %d ms after the outage or the call began, "
                        + "the hand-over to the dialplan %d ms after it; the longest wait for the server %d ms%n",
                what, millis(apologyAt - outageFrom), millis(handedOver - apologyAt), millis(longestStep));
    }

    private static void assertNoStepWaitedLong(String what, CallRecord call) {
        long longestStep = Arrays.stream(call.stepTurnaroundNanos()).max().orElse(0);
        assertThat(Duration.ofNanos(longestStep)).as(what + ": the longest wait for the server").isLessThan(LONGEST_SILENCE);
    }

    private static int apologyCommand(CallRecord call) {
        return call.heard().stream()
                .filter(heard -> heard.value().endsWith(APOLOGY_SOUND) || heard.value().contains(APOLOGY_TEXT))
                .mapToInt(CallRecord.Heard::command).findFirst()
                .orElseThrow(() -> new AssertionError("no apology in " + call));
    }

    private static void awaitARequestWaitingOnTheLock(Connection connection) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (PreparedStatement waiting = connection.prepareStatement("""
                    select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'""");
                 ResultSet rs = waiting.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("the call's request waits on the parent's lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static int letters(DemoPerson parent) {
        return LINE.database().withHandle(h -> h.createQuery("select count(*) from ivr.remail_request where person_id = :p")
                .bind("p", parent.id()).mapTo(Integer.class).one());
    }

    private static int openLetters(DemoPerson parent) {
        return LINE.database().withHandle(h -> h.createQuery("""
                        select count(*) from ivr.remail_request where person_id = :p and status = 'QUEUED'""")
                .bind("p", parent.id()).mapTo(Integer.class).one());
    }

    private static void forgetLetters(DemoPerson parent) {
        LINE.database().useHandle(h -> h.createUpdate("delete from ivr.remail_request where person_id = :p")
                .bind("p", parent.id()).execute());
    }

    private static int auditRecords(CallRecord call) throws InterruptedException {
        assertThat(LINE.awaitAudits(java.time.Duration.ofSeconds(60))).as("audit records written").isTrue();
        return LINE.database().withHandle(h -> h.createQuery("select count(*) from ivr.call_audit where call_id = :id")
                .bind("id", call.uniqueId()).mapTo(Integer.class).one());
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
