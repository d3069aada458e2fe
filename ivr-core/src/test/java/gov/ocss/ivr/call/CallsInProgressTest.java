package gov.ocss.ivr.call;

import static gov.ocss.ivr.simulator.CallerAction.hangUp;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.testing.KeyRenderer;
import gov.ocss.ivr.testing.LineServer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls in progress per line, counted by the call runtime however a call ends. */
class CallsInProgressTest {
    private final Map<Line, AtomicInteger> inProgress = new EnumMap<>(Map.of(Line.HELPLINE, new AtomicInteger(), Line.TTY, new AtomicInteger()));
    private final AtomicInteger started = new AtomicInteger();
    private FastAgiListener listener;
    private CallFlow flow;

    @BeforeEach
    void startTheServer() {
        CallsInProgress counter = new CallsInProgress() {
            @Override
            public void started(Line line) {
                started.incrementAndGet();
                inProgress.get(line).incrementAndGet();
            }

            @Override
            public void ended(Line line) {
                inProgress.get(line).decrementAndGet();
            }
        };
        listener = LineServer.start(call -> flow.run(call), new KeyRenderer(),
                Map.of(Line.HELPLINE, DialogTimings.voice(), Line.TTY, DialogTimings.text()), new ClosingTime(), counter);
    }

    @AfterEach
    void stopTheServer() {
        listener.stop(Duration.ofSeconds(2));
    }

    @Test
    void aCallIsInProgressOnItsLineUntilItEnds() throws Exception {
        CountDownLatch inFlow = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        flow = call -> {
            inFlow.countDown();
            await(release);
            call.dialog().say(Prompt.of("goodbye"));
            call.dialog().hangUp();
        };

        CompletableFuture<CallRecord> call = CompletableFuture.supplyAsync(() -> call("tty", ScriptedCaller.create()));
        assertThat(inFlow.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inProgress.get(Line.TTY)).hasValue(1);
        assertThat(inProgress.get(Line.HELPLINE)).hasValue(0);
        release.countDown();

        assertThat(call.get(10, TimeUnit.SECONDS).serverHungUp()).isTrue();
        assertThat(inProgress.get(Line.TTY)).hasValue(0);
    }

    @Test
    void aCallThatFailsOrIsHungUpOnStillEnds() {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            throw new IllegalStateException("the database is down");
        };
        call("helpline", ScriptedCaller.create());
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            call.dialog().say(Prompt.of("goodbye"));
        };
        call("helpline", ScriptedCaller.create().whenHearing("en/welcome", hangUp()));

        assertThat(started).hasValue(2);
        assertThat(inProgress.get(Line.HELPLINE)).hasValue(0);
    }

    private CallRecord call(String script, ScriptedCaller caller) {
        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", listener.port(), CallSetup.forScript(script).build(), caller);
        assertThat(call.serverClosed()).as("the server ended the call: %s", call).isTrue();
        return call;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
