package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoCase;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.simulator.CallRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A caller whose PIN check waits behind another check on the same case (another server's, which holds
 * the case's advisory lock, as a burst of callers on one case does) is told to hold on, then verified:
 * never left in silence.
 */
class HoldTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();
    private static final String HOLD_ON = "One moment, please. We are checking your PIN.";
    /** Long enough for the caller to be told twice: after 2 s, and 10 s after that. */
    private static final Duration OTHER_CHECK = Duration.ofSeconds(13);
    private final ExecutorService otherServer = Executors.newSingleThreadExecutor();

    @Test
    void aCallerWhoseCheckWaitsBehindAnotherIsToldToHoldOnUntilVerified() throws Exception {
        DemoCase supportCase = LINE.caseOfItsOwn();
        Future<?> otherCheck = holdTheCasesCheckLock(supportCase, OTHER_CHECK);
        try {
            Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                    .verify(supportCase, supportCase.noncustodial()).hangUpAt(Walk.NONCUSTODIAL_MENU);

            CallRecord call = LINE.call(walk.setup(), walk.caller());

            assertThat(DemoLine.heard(call)).containsSubsequence("Please enter your 5-digit PIN.", HOLD_ON, HOLD_ON,
                    "Thank you. Your identity is verified.");
            otherCheck.get(30, TimeUnit.SECONDS);
        } finally {
            otherServer.shutdownNow();
        }
    }

    @Test
    void aCheckThatDoesNotWaitSaysNothingOfHolding() {
        DemoCase supportCase = LINE.caseOfItsOwn();
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                .verify(supportCase, supportCase.noncustodial()).hangUpAt(Walk.NONCUSTODIAL_MENU);

        CallRecord call = LINE.call(walk.setup(), walk.caller());

        assertThat(DemoLine.heard(call)).contains("Thank you. Your identity is verified.").doesNotContain(HOLD_ON);
    }

    /**
     * Every verified call holds for its PIN check. On a JDK without virtual threads, starting and
     * ending a platform thread for each cost more of the server's CPU than the check itself.
     */
    @Test
    void callersInTurnDoNotStartAThreadEachForTheirPinChecks() {
        DemoCase supportCase = LINE.caseOfItsOwn();
        verifiedCall(supportCase);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startedBefore = threads.getTotalStartedThreadCount();

        int callers = 30;
        for (int caller = 0; caller < callers; caller++) {
            assertThat(verifiedCall(supportCase)).contains("Thank you. Your identity is verified.");
        }

        assertThat(threads.getTotalStartedThreadCount() - startedBefore).as("platform threads started")
                .isLessThan(callers / 2);
    }

    private static String verifiedCall(DemoCase supportCase) {
        Walk walk = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH)
                .verify(supportCase, supportCase.noncustodial()).hangUpAt(Walk.NONCUSTODIAL_MENU);
        return DemoLine.heard(LINE.call(walk.setup(), walk.caller()));
    }

    /** Another server's check on the case: the case's advisory lock held for {@code howLong}. */
    private Future<?> holdTheCasesCheckLock(DemoCase supportCase, Duration howLong) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Future<?> check = otherServer.submit(() -> {
            LINE.jdbi().useTransaction(h -> {
                h.createQuery("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                        .bind("name", "ivr.pin_attempt.case:" + supportCase.id()).mapTo(String.class).one();
                held.countDown();
                Thread.sleep(howLong.toMillis());
            });
            return null;
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).as("the other check has the case's lock").isTrue();
        return check;
    }
}
