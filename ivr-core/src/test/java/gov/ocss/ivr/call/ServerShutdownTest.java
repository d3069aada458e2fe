package gov.ocss.ivr.call;

import static gov.ocss.ivr.simulator.CallerAction.press;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.Pacing;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.simulator.SoundLibrary;
import gov.ocss.ivr.testing.KeyRenderer;
import gov.ocss.ivr.testing.LineServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The server stopping while calls are in progress, over real TCP, in real time: prompts of 100 ms,
 * waits as the line's timings say, so a call is still in the middle of something when the grace ends.
 */
class ServerShutdownTest {
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** The AGI command a call is waiting on when closing time comes, then the goodbye's few commands. */
    private static final Duration MARGIN = Duration.ofMillis(1500);
    private static final DialogTimings QUICK_VOICE = new DialogTimings(Duration.ofMillis(300), Duration.ofMillis(300), 3, Duration.ofMillis(300));
    private static final Question CASE_NUMBER = Question.digits(Prompt.of("verify.case_number"), Prompt.of("verify.case_number.help"), 10, 10);

    private final ClosingTime closingTime = new ClosingTime();
    private final AtomicInteger callsEnded = new AtomicInteger();
    private final CountDownLatch inTheQuestion = new CountDownLatch(1);
    private final ExecutorService asterisk = Executors.newSingleThreadExecutor();
    private FastAgiListener listener;

    private void start(CallFlow flow, DialogTimings voice) {
        Map<Line, DialogTimings> timings = Map.of(Line.HELPLINE, voice, Line.TTY, DialogTimings.text());
        CallFlow counted = call -> {
            call.onEnd(ending -> callsEnded.incrementAndGet());
            flow.run(call);
        };
        listener = LineServer.start(counted, new KeyRenderer(), timings, closingTime);
    }

    @AfterEach
    void stopEverything() {
        listener.stop(Duration.ofSeconds(2));
        asterisk.shutdownNow();
    }

    private Future<CallRecord> call(String script, ScriptedCaller caller) {
        AsteriskSimulator realTime = AsteriskSimulator.builder()
                .pacing(Pacing.REAL_TIME).sounds(SoundLibrary.everythingExists(Duration.ofMillis(100))).build();
        return asterisk.submit(() -> realTime.call("127.0.0.1", listener.port(), CallSetup.forScript(script).build(), caller));
    }

    /** How long the listener took to stop, which is how long the last call took to end. */
    private Duration stopListener() {
        long started = System.nanoTime();
        listener.stop(GRACE);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void aCallerInTheMiddleOfAQuestionAtClosingTimeHearsTheGoodbyeAndTheLineHangsUp() throws Exception {
        start(call -> {
            Dialog dialog = call.dialog();
            dialog.say(Prompt.of("welcome"));
            inTheQuestion.countDown();
            while (true) {
                dialog.ask(CASE_NUMBER);
            }
        }, QUICK_VOICE);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger callScriptLog = (Logger) LoggerFactory.getLogger(CallScript.class);
        callScriptLog.addAppender(log);
        try {
            Future<CallRecord> silentCaller = call("helpline", ScriptedCaller.create());
            assertThat(inTheQuestion.await(5, TimeUnit.SECONDS)).isTrue();

            Duration stopping = stopListener();

            CallRecord call = silentCaller.get(5, TimeUnit.SECONDS);
            assertThat(stopping).as("the call had its grace, and was ended soon after").isBetween(GRACE, GRACE.plus(MARGIN));
            List<String> heard = call.soundsHeard();
            assertThat(heard).contains("en/verify.case_number");
            assertThat(heard.get(heard.size() - 1)).isEqualTo("en/" + CallScript.CLOSING);
            assertThat(call.serverHungUp()).isTrue();
            assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_HANGUP);
            assertThat(call.variable(DialplanVariables.REASON)).hasValue(Ending.SHUTDOWN.dialplanReason().orElseThrow());
            assertThat(call.variable(DialplanVariables.LINE)).hasValue("helpline");
            assertThat(call.protocolErrors()).isEmpty();
            assertThat(callsEnded).as("the call's end actions ran").hasValue(1);
            assertThat(log.list).filteredOn(event -> event.getFormattedMessage().contains("shutting down")).singleElement()
                    .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.INFO));
            assertThat(log.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).as(event.getFormattedMessage()).isNull());
        } finally {
            callScriptLog.detachAppender(log);
        }
    }

    @Test
    void aCallThatEndsWithinTheGraceIsNotCut() throws Exception {
        start(call -> {
            Dialog dialog = call.dialog();
            dialog.say(Prompt.of("welcome"));
            inTheQuestion.countDown();
            if (dialog.ask(CASE_NUMBER) instanceof Answer.Given<String>) {
                dialog.say(Prompt.of("verify.thanks"));
                dialog.hangUp();
            }
        }, new DialogTimings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofSeconds(2)));
        // The caller takes most of a second to key the case number, while the server is stopping.
        Future<CallRecord> slowCaller = call("helpline", ScriptedCaller.create()
                .whenHearing("en/verify.case_number", press("1234567897#").after(Duration.ofMillis(700))));
        assertThat(inTheQuestion.await(5, TimeUnit.SECONDS)).isTrue();

        Duration stopping = stopListener();

        CallRecord call = slowCaller.get(5, TimeUnit.SECONDS);
        // The # after the tenth digit stops the thanks at once (Background stops at any key): it is said again whole.
        assertThat(call.soundsHeard()).containsExactly("en/welcome", "en/verify.case_number", "en/verify.thanks", "en/verify.thanks");
        assertThat(call.serverHungUp()).isTrue();
        assertThat(call.variable(DialplanVariables.REASON)).isEmpty();
        assertThat(stopping).as("the listener stopped as soon as its last call ended").isLessThan(GRACE);
        assertThat(callsEnded).hasValue(1);
    }

    @Test
    void aTtyCallersWaitBegunDuringTheGraceEndsByClosingTimeNotAMinuteLater() throws Exception {
        start(call -> {
            Dialog dialog = call.dialog();
            dialog.say(Prompt.of("welcome"));
            inTheQuestion.countDown();
            awaitClosing();
            dialog.ask(CASE_NUMBER);
            dialog.say(Prompt.of("verify.thanks"));
        }, QUICK_VOICE);
        Future<CallRecord> silentCaller = call("tty", ScriptedCaller.create());
        assertThat(inTheQuestion.await(5, TimeUnit.SECONDS)).isTrue();

        Duration stopping = stopListener();

        CallRecord call = silentCaller.get(5, TimeUnit.SECONDS);
        assertThat(DialogTimings.text().firstKey()).isGreaterThan(GRACE.plus(MARGIN));
        assertThat(call.commands()).filteredOn(command -> command.startsWith("RECEIVE TEXT")).singleElement()
                .satisfies(command -> assertThat(Long.parseLong(command.substring("RECEIVE TEXT ".length())))
                        .isBetween(1L, GRACE.toMillis()));
        assertThat(call.textsShown()).last().isEqualTo("EN:CALL.CLOSING SK");
        assertThat(call.serverHungUp()).isTrue();
        assertThat(stopping).isBetween(GRACE, GRACE.plus(MARGIN));
    }

    private void awaitClosing() {
        try {
            while (!closingTime.isClosing()) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
