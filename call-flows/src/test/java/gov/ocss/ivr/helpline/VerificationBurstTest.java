package gov.ocss.ivr.helpline;

import static gov.ocss.ivr.helpline.Walk.NONCUSTODIAL_MENU;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.demo.Showcase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The hour the lines open: {@value #DEFAULT_CALLERS} callers (or {@code -Dburst.callers}) are
 * released at the same instant, and every one goes language, account, case number, PIN and the
 * past-due balance. Half of them key the same case, the other half cases of their own; within each
 * half, half call with their number withheld (so they share the PIN throttle's one key) and half from
 * numbers of their own. With the server's default pool every caller is served: none hears that the
 * system is not available. Before the PIN check waited for its turn off the pool, the withheld
 * callers and the callers of the one case queued on advisory locks holding every connection, and
 * callers at every step heard the apology.
 *
 * <p>The line is a server of its own, so the wrong PINs other tests key cannot throttle the withheld
 * callers here. How long the burst took is printed (BENCHMARKS.md), never asserted.
 */
class VerificationBurstTest {
    private static final int DEFAULT_CALLERS = 700;
    private static final int CALLERS = Integer.getInteger("burst.callers", DEFAULT_CALLERS);
    /** Cases of their own start after the showcase: none of those is in a state of its own. */
    private static final int FIRST_OWN_CASE = 10;
    private static final DemoLine LINE = DemoLine.ofItsOwn();

    @AfterAll
    static void stopTheLine() {
        LINE.close();
    }

    @Test
    void callersReleasedAtTheSameInstantAreAllVerifiedAndHearTheirBalance() throws Exception {
        DemoCase sameCase = LINE.showcase(Showcase.NONCUSTODIAL_WITH_ARREARS).supportCase();
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService phones = Executors.newFixedThreadPool(CALLERS);
        List<Future<String>> calls = new ArrayList<>(CALLERS);
        try {
            for (int i = 0; i < CALLERS; i++) {
                DemoCase supportCase = i % 2 == 0 ? sameCase : LINE.dataset().caseAt(FIRST_OWN_CASE + i / 2 % 250);
                String callerId = i % 4 < 2 ? "anonymous" : String.format("91755%05d", i);
                calls.add(phones.submit(() -> {
                    Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                            .verify(supportCase, supportCase.noncustodial())
                            .answer(NONCUSTODIAL_MENU, "2")
                            .hangUpAt(NONCUSTODIAL_MENU);
                    ready.countDown();
                    release.await();
                    try {
                        CallRecord call = LINE.callFrom(callerId, walk.setup(), walk.caller());
                        return outcome(call, walk);
                    } catch (AssertionError | RuntimeException brokeOff) {
                        // DemoLine's checks on every call: a protocol error, no audit record, or the pool
                        // (which the test reads the audit through too) refused even the check.
                        return "failed DemoLine's checks: " + brokeOff.getClass().getSimpleName();
                    }
                }));
            }
            assertThat(ready.await(1, TimeUnit.MINUTES)).as("every caller at the phone").isTrue();
            long released = System.nanoTime();
            release.countDown();
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Future<String> call : calls) {
                outcomes.merge(call.get(5, TimeUnit.MINUTES), 1, Integer::sum);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - released);
            System.out.printf("Verification burst: %d callers released at once, all done in %d ms: %s%n", CALLERS, millis, outcomes);

            assertThat(outcomes).as("how the calls went").isEqualTo(Map.of(SERVED, CALLERS));
        } finally {
            phones.shutdownNow();
        }
        int rightPins = LINE.jdbi().withHandle(h -> h.createQuery("""
                        select count(*) from ivr.pin_attempt where case_id = :case and succeeded""")
                .bind("case", sameCase.id()).mapTo(Integer.class).one());
        assertThat(rightPins).as("right PINs recorded on the one case").isEqualTo(CALLERS - CALLERS / 2);
    }

    private static final String SERVED = "verified and told the balance";

    /** How the call went, in words that hold no digit a caller keyed. */
    private static String outcome(CallRecord call, Walk walk) {
        String heard = DemoLine.heard(call);
        if (heard.contains("not available")) {
            return "heard that the system is not available";
        }
        if (!heard.contains("Your identity is verified")) {
            return "not verified: " + LINE.auditOf(call);
        }
        if (!walk.caller().pendingSteps().isEmpty() || !(heard.contains("Your past-due balance is") || heard.contains("You have no past-due balance"))) {
            return "verified but not told the balance";
        }
        return SERVED;
    }
}
