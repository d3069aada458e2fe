package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.load.PhoneServer;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.voice.Pause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The burst of issue 22 on a real Asterisk: {@value #CALLERS} callers placed {@value #APART_MILLIS} ms
 * apart, all with their number withheld (so every PIN check shares the caller throttle's one key) and
 * all keying the same demo case and its right PIN, each going language, account, case number, PIN and
 * the past-due balance, listening to every prompt in full. None is sent to an agent for a system
 * reason: none hears the line's "system not available" or the dialplan's own apologies. Before the PIN
 * check waited for its turn off the pool, 302 of 700 did (BENCHMARKS.md).
 *
 * <p>It fills this 2-core machine (BENCHMARKS.md, "On a real Asterisk"), so it runs alone. What the
 * burst took and the CPU of Asterisk and the server are printed, not asserted.
 *
 * <p>The line is set as patient as the agency may set it for slow callers ({@value #PATIENCE}, not 6 s
 * for a first key and 3 s between keys). The robots are slow callers here, and the slowness is the
 * test's: a robot learns that the line waits for its next key from Asterisk's log, which a full
 * machine writes seconds late (up to 4.1 s on 5 December), and its key travels through an Asterisk
 * thread that waits for the CPU like the line's. With the default 3 s, 2 to 23 robots in 700 keyed
 * after the line had stopped waiting. A person's phone is not behind the line's own log; the line's
 * waits are proven with their defaults by the other real-Asterisk tests. A robot still too late is let
 * off only if the log was further behind than the line waits, and for at most 1% of the calls.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Isolated("700 calls fill the machine: the other real-Asterisk tests would only be slowed down by them")
class VerificationBurstOnAsteriskTest {
    private static final int CALLERS = Integer.getInteger("asterisk.burst.callers", 700);
    private static final long APART_MILLIS = 50;
    private static final String CONTEXT = "ocss-burst-calls";
    private static final List<String> SYSTEM_FAILURE_SOUNDS = List.of("call-system_unavailable",
            "dialplan-unavailable_closed");
    private static final String SERVED = "verified and told the right past-due balance";
    /** TestCall's words for a key the robot pressed after the line's command had ended. */
    private static final String TOO_LATE = "pressed a key too late";
    /** The server's waits, first key and between keys, in seconds (ivr.dialog.voice.*). */
    private static final int PATIENCE = 10;
    /** The line's wait between keys, less the time a robot takes to press them. */
    private static final Duration ROBOTS_WINDOW = Duration.ofSeconds(PATIENCE).minusMillis(500);

    private final RealAsterisk line = RealAsterisk.line();
    private PhoneServer server;
    private LineFacts facts;
    private final AtomicInteger callIds = new AtomicInteger();
    private final AtomicInteger detailed = new AtomicInteger();

    @Test
    void sevenHundredWithheldCallersOnOneCaseAreAllServedAndNoneGoesToAnAgentForASystemReason() throws Exception {
        server = line.startServer("patient", List.of("--ivr.dialog.voice.first-key=" + PATIENCE,
                "--ivr.dialog.voice.next-key=" + PATIENCE));
        try (PhoneServer patient = server) {
            facts = line.factsOf(server);
            DemoCase sameCase = caseWithAPastDueBalance();
            long pastDueCents = facts.balance(sameCase).pastDue().cents();
            line.asterisk().addStep(CONTEXT, "call", 1, "Set(OCSS_AGI=" + server.agiUrl() + ")");
            line.asterisk().addStep(CONTEXT, "call", 2, "Set(CALLERID(num)=anonymous)");
            line.asterisk().addStep(CONTEXT, "call", 3, "Goto(ocss-from-carrier," + RealAsterisk.HELPLINE + ",1)");

            try (AutoCloseable callersFirst = CallersFirst.lowerTheLine(line.asterisk(), server.pid())) {
                burst(sameCase, pastDueCents);
            }
        }
    }

    private void burst(DemoCase sameCase, long pastDueCents) throws Exception {
        line.log().measureFromNow();
        long[] robotsBefore = RealAsteriskBenchmark.stat(ProcessHandle.current().pid());
        long[] asteriskBefore = RealAsteriskBenchmark.stat(line.asterisk().pid());
        long[] serverBefore = RealAsteriskBenchmark.stat(server.pid());
        long started = System.nanoTime();
        List<Future<String>> calls = new ArrayList<>(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            sleepUntil(started + TimeUnit.MILLISECONDS.toNanos(i * APART_MILLIS));
            FutureTask<String> call = new FutureTask<>(() -> oneCall(sameCase, pastDueCents));
            Thread caller = new Thread(call, "burst-caller-" + i);
            caller.setDaemon(true);
            caller.start();
            calls.add(call);
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<String> call : calls) {
            outcomes.merge(call.get(5, TimeUnit.MINUTES), 1, Integer::sum);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        long[] asteriskAfter = RealAsteriskBenchmark.stat(line.asterisk().pid());
        long[] serverAfter = RealAsteriskBenchmark.stat(server.pid());
        long[] robotsAfter = RealAsteriskBenchmark.stat(ProcessHandle.current().pid());
        System.out.printf("Verification burst on a real Asterisk: %d withheld callers on one case, %d ms apart, done in %d s; "
                        + "CPU over the burst: Asterisk %d%% of a core, the phone server %d%%, the robots %d%%; "
                        + "the robots read Asterisk's log at most %.1f s behind; %s%n",
                CALLERS, APART_MILLIS, seconds, percentOfACore(asteriskBefore, asteriskAfter, seconds),
                percentOfACore(serverBefore, serverAfter, seconds), percentOfACore(robotsBefore, robotsAfter, seconds),
                line.log().furthestBehind().toMillis() / 1000.0, outcomes);

        assertThat(outcomes.keySet()).as("callers sent to an agent for a system reason")
                .noneMatch(outcome -> outcome.startsWith("heard "));
        // A robot learns that the line waits for the rest of an entry from Asterisk's log. When Asterisk,
        // filling both cores, writes its log further behind than the line waits between keys, the robot
        // keys after the line stopped waiting: the robot's fault, not the line's. Such calls are allowed
        // only then, and few; every other call must be served.
        int robotsTooLate = outcomes.entrySet().stream().filter(outcome -> outcome.getKey().contains(TOO_LATE))
                .mapToInt(Map.Entry::getValue).sum();
        if (robotsTooLate > 0) {
            assertThat(line.log().furthestBehind()).as("how far behind Asterisk's log was when a robot keyed too late")
                    .isGreaterThan(ROBOTS_WINDOW);
        }
        assertThat(robotsTooLate).as("robots that keyed too late").isLessThanOrEqualTo(CALLERS / 100);
        assertThat(outcomes.getOrDefault(SERVED, 0)).as("how the calls went: %s", outcomes).isEqualTo(CALLERS - robotsTooLate);
    }

    /** One whole call; what happened, in words that hold no digit the caller keyed. */
    private String oneCall(DemoCase supportCase, long pastDueCents) {
        TestCall call;
        try {
            call = place();
        } catch (AssertionError | Exception e) {
            return "never reached the line: " + withoutDigits(e);
        }
        try (call) {
            String gaveUp = null;
            String step = "at the language menu";
            try {
                call.answer("1");
                step = "at the main menu";
                call.answer("1");
                step = "keying the case number";
                call.answer(LineFacts.caseNumber(supportCase));
                step = "keying the PIN";
                call.answer(LineFacts.pin(supportCase.noncustodial()));
                step = "after the PIN";
                call.answer("2");
                step = "after asking for the past-due balance";
                call.awaitSound("en/ocss/account-menu-noncustodial");
            } catch (AssertionError | Exception e) {
                gaveUp = "the robot gave up " + step + ": " + withoutDigits(e);
                if (detailed.incrementAndGet() <= 3) {
                    // What the line did last tells the robot's fault from the line's; no word it said
                    // that could be a digit the caller keyed (a case number read back) is printed.
                    System.out.println("A robot gave up " + step + ": "
                            + String.valueOf(e.getMessage()).replaceAll("/(words|digits)/[\\w-]+", "/$1/...").replaceAll("\\d{4,}", "N"));
                }
            }
            call.hangUp();
            // What the line played tells a system failure even where the robot then waited in vain.
            List<String> played = call.soundsPlayed();
            for (String sound : played) {
                for (String failure : SYSTEM_FAILURE_SOUNDS) {
                    if (sound.endsWith("/ocss/" + failure)) {
                        return "heard " + failure;
                    }
                }
            }
            if (gaveUp != null) {
                return gaveUp;
            }
            int at = played.indexOf("en/ocss/balance-past_due");
            if (at < 0) {
                return "no past-due balance played";
            }
            List<String> words = new ArrayList<>();
            int first = at + 1 < played.size() && Pause.named(played.get(at + 1)).isPresent() ? at + 2 : at + 1;
            for (int i = first; i < played.size() && played.get(i).contains("/ocss/words/"); i++) {
                words.add(line.sounds().text(played.get(i)));
            }
            return EnglishAmount.cents(words) == pastDueCents ? SERVED : "a wrong past-due amount heard";
        } catch (AssertionError | Exception e) {
            return "the robot broke off: " + withoutDigits(e);
        }
    }

    /** A failure's message without the events it lists and without digits (channel numbers, never keys). */
    private static String withoutDigits(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int events = message.indexOf("; its last events");
        return (e.getClass().getSimpleName() + ": " + (events >= 0 ? message.substring(0, events) : message)).replaceAll("[0-9a-f]{8}", "X").replaceAll("\\d+", "N");
    }

    /** A call into the help line as the carrier delivers it, from a withheld number (one CLI command). */
    private TestCall place() throws InterruptedException {
        return line.originate("call", CONTEXT, "burst" + callIds.incrementAndGet());
    }

    private DemoCase caseWithAPastDueBalance() {
        for (int i = 0; ; i++) {
            DemoCase demoCase = facts.demoCase(i);
            if (facts.balance(demoCase).pastDue().cents() > 0) {
                return demoCase;
            }
        }
    }

    private static long percentOfACore(long[] before, long[] after, long seconds) {
        long ticks = after[0] + after[1] - before[0] - before[1];
        // USER_HZ is 100: a tick is 10 ms, so ticks per second are hundredths of a core.
        return ticks / Math.max(1, seconds);
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
