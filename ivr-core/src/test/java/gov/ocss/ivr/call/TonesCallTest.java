package gov.ocss.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.agi.AllowedClients;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.agi.ScriptRegistry;
import gov.ocss.ivr.audiosocket.AudioLink;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.audiosocket.AudioSocketLimits;
import gov.ocss.ivr.audiosocket.AudioSocketListener;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Answer;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Menu;
import gov.ocss.ivr.dialog.Question;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.testing.KeyRenderer;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The TTY line's {@code tones} profile through the real FastAGI listener, the call runtime and the
 * Baudot presenter, with Asterisk's AudioSocket application played over real sockets: when the
 * call's audio cannot be had the call goes back to the dialplan at once (which answers for the
 * server), and when it comes, the dialplan's variables wait until the audio connection has ended.
 */
class TonesCallTest {
    private static final Map<Line, DialogTimings> TIMINGS = Map.of(Line.HELPLINE, DialogTimings.voice(), Line.TTY, DialogTimings.text());
    private static final AudioSocketLimits AUDIO_LIMITS =
            new AudioSocketLimits(10, 4096, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1));

    private final AtomicInteger callsEnded = new AtomicInteger();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private AudioSocketListener audio;
    private FastAgiListener listener;
    private CallFlow flow = call -> {
        call.dialog().say(Prompt.of("transfer"));
        call.dialog().tellDialplan(DialplanVariables.REASON, Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow());
        call.dialog().tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT);
    };

    @BeforeEach
    void captureTheLog() {
        logged.start();
        callScriptLog().addAppender(logged);
    }

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.stop(Duration.ofSeconds(2));
        }
        if (audio != null) {
            audio.close();
        }
        callScriptLog().detachAppender(logged);
    }

    private void start(AudioLinks links, Duration connectTimeout) {
        CallFlow counted = call -> {
            call.onEnd(ending -> callsEnded.incrementAndGet());
            flow.run(call);
        };
        ClosingTime closingTime = new ClosingTime();
        CallScript tty = new CallScript(Line.TTY, counted, new KeyRenderer(), TIMINGS, closingTime, Clock.systemUTC(),
                CallsInProgress.NONE, links, connectTimeout);
        listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, new ScriptRegistry().register("tty", tty),
                AgiLimits.defaults(), 10, closingTime);
        listener.start();
    }

    private AudioSocketListener audioListener() throws IOException {
        audio = new AudioSocketListener(InetAddress.getLoopbackAddress(), 0, Optional.empty(), AllowedClients.loopbackOnly(), AUDIO_LIMITS);
        audio.start();
        return audio;
    }

    private CallRecord simulatedTonesCall() {
        return AsteriskSimulator.create().call("127.0.0.1", listener.port(), CallSetup.forScript("tty").args("tones").build(),
                ScriptedCaller.create());
    }

    @Test
    void withoutAnAudioListenerATonesCallGoesStraightBackToTheDialplanWithOneErrorLogged() {
        start(AudioLinks.NONE, Duration.ofSeconds(5));
        long started = System.nanoTime();

        CallRecord call = simulatedTonesCall();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no dead air").isLessThan(Duration.ofSeconds(3));
        assertThat(call.commands()).startsWith("ANSWER").noneMatch(c -> c.contains("IVR_"));
        assertThat(call.variable(DialplanVariables.NEXT)).as("the dialplan answers for the server").isEmpty();
        assertThat(call.serverHungUp()).isFalse();
        assertThat(call.serverClosed()).isTrue();
        assertThat(errorLines()).hasSize(1);
        assertThat(callsEnded).hasValue(1);
    }

    @Test
    void whenAsterisksAudioSocketReturnsAtOnceTheCallGoesBackToTheDialplanWithoutWaitingOutTheConnectTimeOut() throws IOException {
        // The simulator has no AudioSocket: it answers -2 at once, as Asterisk does for an application it does not have.
        start(audioListener(), Duration.ofSeconds(5));
        long started = System.nanoTime();

        CallRecord call = simulatedTonesCall();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well inside the 5 s connect time-out").isLessThan(Duration.ofSeconds(3));
        assertThat(call.commands()).anySatisfy(c -> assertThat(c)
                .matches("EXEC \"?AudioSocket\"? \"?[0-9a-f-]{36},127\\.0\\.0\\.1:" + audio.port() + "\"?"));
        assertThat(call.commands()).noneMatch(c -> c.contains("IVR_"));
        assertThat(call.variable(DialplanVariables.NEXT)).isEmpty();
        assertThat(call.serverHungUp()).isFalse();
        assertThat(errorLines()).hasSize(1);
        assertThat(audio.linksInProgress()).isZero();
    }

    @Test
    void whenAsteriskFindsNobodyAtTheAudioAddressTheCallGoesBackToTheDialplanAtOnce() throws Exception {
        start(audioListener(), Duration.ofSeconds(5));
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(listener.port(), AudioSocketAsterisk.Application.REFUSED, tdd -> { })) {
            long started = System.nanoTime();

            asterisk.call();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(asterisk.commandsSent()).noneMatch(c -> c.contains("IVR_"));
            assertThat(errorLines()).hasSize(1);
        }
    }

    @Test
    void whenAsteriskConnectsTooLateTheCallGoesBackToTheDialplanAndTheLateConnectionIsClosed() throws Exception {
        start(audioListener(), Duration.ofMillis(500));
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(listener.port(), AudioSocketAsterisk.Application.CONNECTS_LATE,
                Duration.ofMillis(800), tdd -> { })) {
            long started = System.nanoTime();

            asterisk.call();

            // The AGI session ends once AudioSocket has returned: Asterisk runs it, and reads no command meanwhile.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(750), Duration.ofSeconds(4));
            // Asterisk notices the close reading (AudioSocket returns 0) or writing its next frame (a broken pipe: -1).
            assertThat(asterisk.events()).as("our listener closed it").anyMatch(e -> e.equals("audio closed by the server")
                    || e.startsWith("audio failed") && (e.contains("Broken pipe") || e.contains("Connection reset")));
            assertThat(asterisk.commandsSent()).noneMatch(c -> c.contains("IVR_"));
            assertThat(errorLines()).hasSize(1).allMatch(line -> line.contains("within 500 ms"));
            awaitUntil(() -> audio.linksInProgress() == 0, "no audio connection left open");
        }
    }

    @Test
    void aConnectionThatArrivesJustAsTheCallStopsWaitingForItIsClosedNotLeftOpen() throws Exception {
        AudioSocketListener listener = audioListener();
        // The call's wait ends (the connect time-out) just as Asterisk's connection names it.
        AudioLinks racing = new AudioLinks() {
            @Override
            public Optional<String> addressFor(InetAddress reachedAt) {
                return listener.addressFor(reachedAt);
            }

            @Override
            public Expected expect(UUID call) {
                Expected waiting = listener.expect(call);
                return new Expected() {
                    @Override
                    public CompletableFuture<AudioLink> link() {
                        return waiting.link();
                    }

                    @Override
                    public void close() {
                        try {
                            waiting.link().get(5, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new AssertionError("Asterisk's late connection did not come", e);
                        }
                        waiting.close();
                    }
                };
            }
        };
        start(racing, Duration.ofMillis(300));
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(this.listener.port(), AudioSocketAsterisk.Application.CONNECTS_LATE,
                Duration.ofMillis(600), tdd -> { })) {
            asterisk.call();

            // Closed by our side (AudioSocket reads the close, or fails to write into it), not given up on for want of audio.
            assertThat(asterisk.events()).contains("audio connected").noneMatch(event -> event.contains("no activity"));
            assertThat(asterisk.commandsSent()).noneMatch(c -> c.contains("IVR_"));
            awaitUntil(() -> audio.linksInProgress() == 0, "no audio connection left open");
        }
    }

    @Test
    void theDialplansVariablesAreSetOnlyOnceTheAudioConnectionHasEndedAndTheCallerHasReadTheLastWords() throws Exception {
        start(audioListener(), Duration.ofSeconds(2));
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(listener.port(), AudioSocketAsterisk.Application.RUNS,
                tdd -> { })) {
            asterisk.call();

            List<String> events = asterisk.events();
            int exec = indexOf(events, "command EXEC");
            int hungUp = events.indexOf("audio hung up by the server");
            int returned = indexOf(events, "reply 200 result=0", hungUp);
            assertThat(exec).isNotNegative();
            assertThat(hungUp).as("the server gave the call back with a hang-up: %s", events).isGreaterThan(exec);
            assertThat(returned).as("AudioSocket returned 0: %s", events).isGreaterThan(hungUp);
            assertThat(events.subList(exec + 1, returned)).as("nothing sent while AudioSocket ran").noneMatch(e -> e.startsWith("command "));
            assertThat(events.subList(returned, events.size())).containsSubsequence(
                    "command SET VARIABLE \"IVR_REASON\" \"" + Ending.ASKED_FOR_PERSON.dialplanReason().orElseThrow() + "\"",
                    "command SET VARIABLE \"IVR_NEXT\" \"" + DialplanVariables.NEXT_AGENT + "\"");
            assertThat(asterisk.textsShown()).containsExactly("EN:TRANSFER");
            assertThat(asterisk.commandsSent()).doesNotContain("HANGUP");
            assertThat(errorLines()).isEmpty();
            assertThat(audio.linksInProgress()).isZero();
        }
    }

    @Test
    void aTddCallerReadsEachTurnInTonesTypesTheAnswerAndIsSignedOffBeforeTheLineHangsUp() throws Exception {
        flow = call -> {
            Dialog dialog = call.dialog();
            dialog.say(Prompt.of("welcome"));
            Answer<Language> language = dialog.menu(Menu.<Language>of(Prompt.of("menu.language"), Prompt.of("menu.language.help"))
                    .choice('1', Language.ENGLISH).choice('2', Language.BENGALI).choice('3', Language.ALBANIAN));
            if (language instanceof Answer.Given<Language> chosen) {
                dialog.useLanguage(chosen.value());
            }
            dialog.say(Prompt.of("verify.thanks"));
            dialog.tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_HANGUP);
            dialog.hangUp();
        };
        start(audioListener(), Duration.ofSeconds(2));
        List<String> turnsRead = new java.util.ArrayList<>();
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(listener.port(), AudioSocketAsterisk.Application.RUNS, tdd -> {
            turnsRead.add(tdd.read());
            tdd.type("2 GA");
        })) {
            asterisk.call();

            assertThat(turnsRead).containsExactly("EN:WELCOME EN:MENU.LANGUAGE");
            assertThat(asterisk.textsShown()).containsExactly("EN:WELCOME EN:MENU.LANGUAGE", "BN:VERIFY.THANKS");
            List<String> events = asterisk.events();
            int returned = indexOf(events, "reply 200 result=0", events.indexOf("audio hung up by the server"));
            assertThat(returned).as("%s", events).isPositive();
            assertThat(events.subList(returned, events.size())).containsSubsequence(
                    "command SET VARIABLE \"CHANNEL(language)\" \"bn\"",
                    "command SET VARIABLE \"IVR_NEXT\" \"" + DialplanVariables.NEXT_HANGUP + "\"",
                    "command HANGUP");
            assertThat(errorLines()).isEmpty();
            assertThat(callsEnded).hasValue(1);
        }
    }

    @Test
    void aFailureInATonesCallIsExplainedInTonesAndTheCallerIsSentToAnAgent() throws Exception {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            throw new IllegalStateException("the database is down");
        };
        start(audioListener(), Duration.ofSeconds(2));
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(listener.port(), AudioSocketAsterisk.Application.RUNS, tdd -> { })) {
            asterisk.call();

            assertThat(asterisk.textsShown()).containsExactly("EN:WELCOME EN:CALL.SYSTEM UNAVAILABLE");
            List<String> events = asterisk.events();
            int returned = indexOf(events, "reply 200 result=0", events.indexOf("audio hung up by the server"));
            assertThat(returned).as("%s", events).isPositive();
            assertThat(events.subList(returned, events.size())).contains(
                    "command SET VARIABLE \"IVR_NEXT\" \"" + DialplanVariables.NEXT_AGENT + "\"",
                    "command SET VARIABLE \"IVR_REASON\" \"" + Ending.SYSTEM_FAILURE.dialplanReason().orElseThrow() + "\"");
            assertThat(asterisk.commandsSent()).doesNotContain("HANGUP");
            assertThat(callsEnded).hasValue(1);
        }
    }

    @Test
    void aTddCallerWhoHangsUpMidCallEndsItQuietlyWithTheAudioClosedAndTheEndActionsRun() throws Exception {
        flow = call -> {
            call.dialog().say(Prompt.of("welcome"));
            call.dialog().ask(Question.digits(Prompt.of("verify.case_number"), Prompt.of("verify.case_number.help"), 10, 10));
            call.dialog().tellDialplan(DialplanVariables.NEXT, DialplanVariables.NEXT_AGENT);
        };
        start(audioListener(), Duration.ofSeconds(2));
        try (AudioSocketAsterisk asterisk = new AudioSocketAsterisk(listener.port(), AudioSocketAsterisk.Application.RUNS, tdd -> {
            tdd.read();
            tdd.hangUp();
        })) {
            long started = System.nanoTime();

            asterisk.call();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(asterisk.events()).contains("audio ended: the caller hung up", "reply 200 result=-1");
            assertThat(asterisk.commandsSent()).noneMatch(c -> c.contains("IVR_")).doesNotContain("HANGUP");
            assertThat(errorLines()).isEmpty();
            assertThat(callsEnded).hasValue(1);
            awaitUntil(() -> audio.linksInProgress() == 0, "the audio connection let go");
        }
    }

    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 5 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    private static int indexOf(List<String> events, String prefix) {
        return indexOf(events, prefix, 0);
    }

    private static int indexOf(List<String> events, String prefix, int from) {
        for (int i = Math.max(0, from); i < events.size(); i++) {
            if (events.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> errorLines() {
        return List.copyOf(logged.list).stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Logger callScriptLog() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
