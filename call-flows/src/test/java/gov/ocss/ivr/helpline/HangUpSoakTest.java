package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.MAIN_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariPoolMXBean;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.DemoPerson;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallerAction;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.simulator.SimulatedCaller;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Thousands of calls, several at once, each hanging up at a random step of a full call (office
 * details, a PIN letter, verification, account answers, a representative), against a server of its
 * own. Afterwards nothing of them is left: no connection out of the pool, no call still counted or
 * running on a thread, one audit record per call, and the line still serves a caller. The seed is
 * printed; {@code -Dsoak.seed=...} makes the same calls again.
 */
class HangUpSoakTest {
    private static final OutageLine LINE = OutageLine.get();
    private static final int CALLS = 2_500;
    private static final int AT_ONCE = 16;
    private static final int TTY_ONE_IN = 10;
    private static final List<DemoCase> CASES = LINE.dataset().firstCases(60);

    @Test
    void thousandsOfCallsHangingUpAtRandomStepsLeaveNoConnectionCallOrThreadBehind() throws Exception {
        LINE.startDatabaseAndAwaitThePool();
        long seed = Long.getLong("soak.seed", System.nanoTime());
        System.out.println("Hang-up soak: seed " + seed + " (again with -Dsoak.seed=" + seed + ")");
        Map<Line, Integer> fullLength = Map.of(Line.HELPLINE, fullCallLength(Line.HELPLINE), Line.TTY, fullCallLength(Line.TTY));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Snapshot before = Snapshot.now(threads);
        threads.resetPeakThreadCount();

        ConcurrentLinkedQueue<String> callIds = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> badCalls = new ConcurrentLinkedQueue<>();
        AtomicInteger hungUp = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE, task -> new Thread(task, "soak-caller"));
        for (int n = 0; n < CALLS; n++) {
            Random random = new Random(seed + n);
            callers.execute(() -> {
                Line line = random.nextInt(TTY_ONE_IN) == 0 ? Line.TTY : Line.HELPLINE;
                Walk walk = fullCall(line, CASES.get(random.nextInt(CASES.size())), random.nextBoolean());
                int hangUpAt = 1 + random.nextInt(fullLength.get(line));
                CallRecord call = LINE.callUnchecked(walk.setup(), hangingUpAt(hangUpAt, walk.caller()));
                callIds.add(call.uniqueId());
                if (call.callerHungUp()) {
                    hungUp.incrementAndGet();
                }
                if (!call.serverClosed() || !call.protocolErrors().isEmpty()) {
                    badCalls.add(call + " hanging up at command " + hangUpAt);
                }
            });
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(5, TimeUnit.MINUTES)).as("the soak's calls end").isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;
        int peakThreads = threads.getPeakThreadCount();

        awaitOrFail("no call in progress", () -> LINE.listener().callsInProgress() == 0 && LINE.callsInProgressMetric() == 0);
        awaitOrFail("every connection back in the pool", () -> LINE.poolStatistics().getActiveConnections() == 0);
        awaitOrFail("no thread still in a call", () -> threadsInACall().isEmpty());
        // The soak's own callers and the pool's helper threads take a moment to go.
        awaitOrFail("the JVM's threads back to what they were, but for idle call threads",
                () -> Snapshot.now(threads).otherThreads() <= before.otherThreads() + 2);
        Snapshot after = Snapshot.now(threads);
        System.out.printf("Hang-up soak: %d calls (%d hung up by the caller) in %.1f s, %.0f calls/s, %d at once; "
                        + "JVM threads %d before, %d at the peak, %d after (call threads idle in the pool: %d before, %d after); "
                        + "pool before %s, after %s%n",
                CALLS, hungUp.get(), seconds, CALLS / seconds, AT_ONCE, before.threads(), peakThreads, after.threads(),
                before.idleCallThreads(), after.idleCallThreads(), before.pool(), after.pool());

        assertThat(badCalls).as("calls that did not end cleanly").isEmpty();
        assertThat(hungUp.get()).as("calls the caller hung up").isGreaterThan(CALLS / 2);
        HikariPoolMXBean pool = LINE.poolStatistics();
        assertThat(pool.getActiveConnections()).as("connections out of the pool").isZero();
        assertThat(pool.getThreadsAwaitingConnection()).as("threads waiting for a connection").isZero();
        assertThat(pool.getIdleConnections()).as("idle connections").isLessThanOrEqualTo(LINE.pool().getMaximumPoolSize());
        assertThat(LINE.callsInProgressMetric()).as("ivr_calls_in_progress").isZero();
        // On JDK 17 a call runs on a platform thread of a pool that keeps an idle thread a minute for
        // the next call: those may remain, idle, but none more than the calls ever held at once.
        assertThat(after.idleCallThreads()).as("idle call threads").isLessThanOrEqualTo(Math.max(before.idleCallThreads(), 4 * AT_ONCE));
        assertThat(auditRecords(callIds)).as("audit records of the soak's calls").isEqualTo(CALLS);
        assertANormalCallIsServed();
    }

    /** Office details, a PIN letter, verification, two account answers, back to the main menu, then a person. */
    private static Walk fullCall(Line line, DemoCase supportCase, boolean custodial) {
        DemoPerson parent = custodial ? supportCase.custodial() : supportCase.noncustodial();
        String menu = custodial ? Walk.CUSTODIAL_MENU : Walk.NONCUSTODIAL_MENU;
        return Walk.on(line).chooseLanguage(Language.ENGLISH)
                .answer(MAIN_MENU, "3")
                .answer(MAIN_MENU, "2")
                .answer(Walk.CASE_NUMBER, supportCase.caseNumber().digits())
                .answer(Walk.BIRTH_DATE, EveryQuestionTest.birthDate(parent))
                .answer(Walk.ZIP, parent.address().zip())
                .verify(supportCase, parent)
                .answer(menu, "1").answer(menu, custodial ? "3" : "4")
                .answer(menu, "9")
                .answer(MAIN_MENU, "0");
    }

    /** Commands in a whole call, made once: the random hang-up falls anywhere up to its end. */
    private static int fullCallLength(Line line) {
        Walk walk = fullCall(line, CASES.get(0), false);
        CallRecord call = LINE.call(walk.setup(), walk.caller());
        assertThat(walk.caller().pendingSteps()).as("the whole call went as scripted").isEmpty();
        return call.commandCount();
    }

    private static SimulatedCaller hangingUpAt(int command, ScriptedCaller script) {
        return turn -> turn.command() >= command ? CallerAction.hangUp() : script.onTurn(turn);
    }

    private static void assertANormalCallIsServed() {
        DemoCase supportCase = CASES.get(0);
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).verify(supportCase, supportCase.noncustodial())
                .answer(Walk.NONCUSTODIAL_MENU, "2").answer(Walk.NONCUSTODIAL_MENU, "9").hangUpAt(MAIN_MENU);
        CallRecord call = LINE.call(walk.setup(), walk.caller());
        assertThat(walk.caller().pendingSteps()).isEmpty();
        assertThat(DemoLine.received(call)).contains("Your identity is verified").containsPattern("past-due balance");
    }

    private static int auditRecords(ConcurrentLinkedQueue<String> callIds) throws InterruptedException {
        assertThat(LINE.awaitAudits(java.time.Duration.ofSeconds(60))).as("audit records written").isTrue();
        return LINE.database().withHandle(h -> h.createQuery("select count(*) from ivr.call_audit where call_id = any(:ids)")
                .bindArray("ids", String.class, new ArrayList<>(callIds))
                .mapTo(Integer.class).one());
    }

    /** Threads running a call's script right now (platform threads: on JDK 21+ calls run on virtual threads, not listed). */
    private static List<String> threadsInACall() {
        List<String> inACall = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("gov.ocss.ivr.call.CallScript"))) {
                inACall.add(thread.getName());
            }
        });
        return inACall;
    }

    private static void awaitOrFail(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Threads and pool at one moment. */
    private record Snapshot(int threads, int idleCallThreads, String pool) {
        int otherThreads() {
            return threads - idleCallThreads;
        }

        static Snapshot now(ThreadMXBean threads) {
            HikariPoolMXBean pool = LINE.poolStatistics();
            long idleCallThreads = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> entry.getKey().getName().startsWith("call-"))
                    .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(frame -> frame.getMethodName().equals("getTask")))
                    .count();
            return new Snapshot(threads.getThreadCount(), (int) idleCallThreads,
                    "total=" + pool.getTotalConnections() + " active=" + pool.getActiveConnections() + " idle=" + pool.getIdleConnections());
        }
    }
}
