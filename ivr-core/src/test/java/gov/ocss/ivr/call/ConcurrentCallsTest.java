package gov.ocss.ivr.call;

import gov.ocss.ivr.audiosocket.AudioLinks;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.agi.ScriptRegistry;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.ScriptedCaller;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Capacity, not speed: the server holds a thousand calls at once and turns none away (timings belong in the benchmarks). */
class ConcurrentCallsTest {
    private static final int CALLS = 1000;

    @Test
    void aThousandCallsWaitingAtOnceAreAllHeldAndAllFinish() throws Exception {
        CountDownLatch allConnected = new CountDownLatch(CALLS);
        CountDownLatch release = new CountDownLatch(1);
        CallFlow waitingCaller = call -> {
            allConnected.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            call.dialog().say(Prompt.of("goodbye"));
            call.dialog().hangUp();
        };
        PromptRenderer renderer = new PromptRenderer() {
            @Override
            public String text(Prompt prompt, Language language) {
                return prompt.key();
            }

            @Override
            public List<String> sounds(Prompt prompt, Language language) {
                return List.of(language.code() + "/" + prompt.key());
            }
        };
        ClosingTime closingTime = new ClosingTime();
        ScriptRegistry scripts = new ScriptRegistry().register("helpline", new CallScript(Line.HELPLINE, waitingCaller, renderer,
                Map.of(Line.HELPLINE, DialogTimings.voice()), closingTime, Clock.systemUTC(),
                CallsInProgress.NONE, AudioLinks.NONE, Duration.ZERO));
        FastAgiListener listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, scripts, AgiLimits.defaults(), 12000, closingTime);
        listener.start();
        ExecutorService callers = Executors.newFixedThreadPool(CALLS);
        try {
            AsteriskSimulator asterisk = AsteriskSimulator.builder().idleTimeout(Duration.ofSeconds(90)).build();
            List<Future<CallRecord>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(callers.submit(() -> asterisk.call("127.0.0.1", listener.port(),
                        CallSetup.forScript("helpline").build(), ScriptedCaller.create())));
            }

            assertThat(allConnected.await(60, TimeUnit.SECONDS)).as("every call reached its flow").isTrue();
            assertThat(listener.callsInProgress()).isEqualTo(CALLS);
            release.countDown();

            for (Future<CallRecord> call : calls) {
                CallRecord record = call.get(60, TimeUnit.SECONDS);
                assertThat(record.soundsHeard()).containsExactly("en/goodbye");
                assertThat(record.serverHungUp()).isTrue();
            }
        } finally {
            release.countDown();
            callers.shutdownNow();
            listener.stop(Duration.ofSeconds(5));
        }
    }
}
