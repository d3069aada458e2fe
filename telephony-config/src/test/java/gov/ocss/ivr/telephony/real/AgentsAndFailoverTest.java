package gov.ocss.ivr.telephony.real;

import gov.ocss.ivr.load.PhoneServer;
import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.load.ChildJvm;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.telephony.TddReader;
import gov.ocss.ivr.telephony.real.AsteriskLog.Kind;
import gov.ocss.ivr.telephony.real.CallPlan.Agents;
import gov.ocss.ivr.telephony.real.Robots.AgentCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A person on the line, and the line without its server: a caller who presses 0 waits in the agents'
 * queue and an agent's phone shows their language and why they came; outside the agents' hours they
 * hear when to call; and when the phone server is down, dies mid-call or is full, Asterisk tells the
 * caller itself, in the three languages (to a TDD on an audio call, in Baudot tones), and queues them
 * for an agent.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = RealAsterisk.CLOSED_SWITCH, mode = ResourceAccessMode.READ)
class AgentsAndFailoverTest {
    private static final Duration CALL_ENDS = Duration.ofSeconds(120);
    private final RealAsterisk line = RealAsterisk.line();
    private final LineFacts facts = line.facts();

    @Test
    void aVoiceCallerWhoPressesZeroInAgentHoursIsPutThroughAndTheAgentSeesLanguageAndReason() throws Exception {
        String number = "7185550301";
        try (TestCall call = line.call(CallPlan.helpline().from(number))) {
            call.answer("2");
            call.answer("0");
            call.await(e -> e.kind() == Kind.APPLICATION && e.text().equals("Queue"), "the queue");
            call.awaitEnd(CALL_ENDS);

            assertThat(call.soundsPlayed()).contains("bn/ocss/representative-transfer");
            List<AgentCall> answered = line.robots().agentCallsFrom(number);
            assertThat(answered).singleElement().satisfies(agent -> {
                assertThat(agent.language()).isEqualTo("bn");
                assertThat(agent.reason()).isEqualTo("asked");
                assertThat(agent.callerName()).startsWith("BN asked");
            });
            assertThat(cdrUserfield(call)).isEqualTo("agi=SUCCESS next=agent reason=asked language=bn line=helpline");
        }
    }

    @Test
    void aTtyCallerWhoAsksForAnAgentWaitsInTheTtyQueueWithRinging() throws Exception {
        String number = "7185550302";
        try (TestCall call = line.call(CallPlan.tty("baudot").from(number))) {
            call.type("3").type("0");
            AsteriskLog.Event queue = call.await(e -> e.kind() == Kind.APPLICATION && e.text().equals("Queue"), "the queue");
            call.awaitEnd(CALL_ENDS);

            assertThat(queue.detail()).startsWith("ocss-tty,tr,");
            assertThat(line.robots().agentCallsFrom(number)).singleElement().satisfies(agent -> {
                assertThat(agent.language()).isEqualTo("sq");
                assertThat(agent.reason()).isEqualTo("asked");
            });
        }
    }

    @Test
    void outsideAgentHoursACallerWhoAsksForAPersonHearsWhenToCall() throws Exception {
        String number = "7185550303";
        try (TestCall call = line.call(CallPlan.helpline().from(number).agents(Agents.OFF_DUTY))) {
            call.answer("3");
            call.answer("0");
            call.awaitSound("sq/ocss/dialplan-agents_closed");
            call.awaitEnd(CALL_ENDS);
            assertThat(line.robots().agentCallsFrom(number)).isEmpty();
        }
        try (TestCall call = line.call(CallPlan.tty("baudot").from("7185550304").agents(Agents.OFF_DUTY))) {
            call.type("1").type("0");
            call.awaitEnd(CALL_ENDS);
            // The dialplan sends its last text and hangs up in the same millisecond: the robot may hear
            // the hang-up before this test has read those lines of Asterisk's log. Its Hangup comes after them.
            call.await(e -> e.kind() == Kind.APPLICATION && e.text().equals("Hangup"), "the dialplan's hang-up");
            String read = String.join(" ", call.textRead());
            assertThat(read).contains(baudot(Prompt.of("dialplan.agents_closed"), Language.ENGLISH)).endsWith("SK");
        }
    }

    @Test
    void whenTheServerIsDownAsteriskTellsVoiceCallersInThreeLanguagesAndQueuesThem() throws Exception {
        String number = "7185550305";
        try (TestCall call = line.call(CallPlan.helpline().from(number).server(closedPort()))) {
            call.awaitEnd(CALL_ENDS);
            assertHeardTheFailoverAndWasQueued(call, number);
            assertThat(cdrUserfield(call)).isEqualTo("agi=FAILURE next= reason= language= line=");
        }
    }

    /**
     * Two servers without DNS: the first cannot be reached, and the dialplan hands the call to the
     * second (OCSS_AGI_BACKUP) before answering for them itself. The caller never hears the failover;
     * the second server serves them, on both lines.
     */
    @Test
    void whenTheFirstServerCannotBeReachedTheDialplanTriesTheSecondAndItServesTheCaller() throws Exception {
        try (TestCall voice = line.call(CallPlan.helpline().from("7185550308").server(closedPort()).backup(line.server().agiUrl()));
             TestCall tty = line.call(CallPlan.tty("utf8").from("7185550309").server(closedPort()).backup(line.server().agiUrl()))) {
            voice.answer("1");
            voice.await(TestCall::asks, "the main menu");
            tty.await(e -> e.isCommand("RECEIVE TEXT"), "the language menu");
            tty.type("1");
            tty.await(e -> e.isCommand("RECEIVE TEXT"), "the main menu");

            assertThat(voice.soundsPlayed()).contains("en/ocss/main-menu").noneMatch(sound -> sound.contains("system_unavailable"));
            assertThat(String.join(" ", tty.textRead())).doesNotContain(facts.text(Prompt.of("call.system_unavailable"), Language.ENGLISH));
            assertThat(line.log().lines()).anyMatch(l -> l.contains("could not be reached for call") && l.contains("trying agi://"));
        }
    }

    @Test
    void whenTheServerIsDownAsteriskTellsTtyCallersInThreeLanguagesAndQueuesThem() throws Exception {
        String number = "7185550306";
        try (TestCall call = line.call(CallPlan.tty("baudot").from(number).server(closedPort()))) {
            call.awaitEnd(CALL_ENDS);
            assertReadTheFailoverAndWasQueued(call, number);
        }
    }

    /**
     * A TDD on an audio call (the shipped profile, tones, on a channel that is not DAHDI) sees no text:
     * Asterisk plays the failover sentences as Baudot tones, and what the caller hears, read by
     * minimodem as a TDD reads it, is the three sentences, each on a line of its own.
     */
    @Test
    void whenTheServerIsDownATddOnAnAudioCallReadsItInThreeLanguagesFromTheTonesAndIsQueued() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/minimodem")),
                "minimodem is missing: ./phoneline test installs it (apt-get install minimodem)");
        String number = "7185550307";
        Path heard = Files.createDirectories(Path.of("target", "real-asterisk", "heard").toAbsolutePath())
                .resolve("tdd-" + number + ".wav");
        try (TestCall call = line.call(CallPlan.ttyAsShipped().from(number).server(closedPort()).listening())) {
            call.recordUntilHangUp(heard, CALL_ENDS);

            assertThat(call.soundsPlayed()).containsSubsequence("en/ocss/tdd/call-system_unavailable",
                    "bn/ocss/tdd/call-system_unavailable", "sq/ocss/tdd/call-system_unavailable");
            assertThat(call.textRead()).isEmpty();
            StringBuilder sentences = new StringBuilder();
            for (Language language : Language.values()) {
                sentences.append(TextProfile.TONES.render(facts.text(Prompt.of("call.system_unavailable"), language))).append("\r\n");
            }
            assertThat(TddReader.reads(heard)).contains(sentences);
            assertThat(line.robots().agentCallsFrom(number)).singleElement()
                    .satisfies(agent -> assertThat(agent.reason()).isEqualTo("system"));
        }
    }

    /**
     * A server that takes two calls at once: the third and fourth are turned away at once; then it dies
     * with two calls in progress, and those callers are told and queued too.
     */
    @Test
    void callersOfAFullServerAndOfAServerThatDiesMidCallAreToldAndQueued() throws Exception {
        PhoneServer spare = line.startServer("spare", List.of("--ivr.agi.max-calls=2"));
        try (spare;
             TestCall voice = line.call(CallPlan.helpline().from("7185550311").server(spare.agiUrl()));
             TestCall tty = line.call(CallPlan.tty("utf8").from("7185550312").server(spare.agiUrl()))) {
            voice.await(TestCall::asks, "the language menu");
            tty.await(e -> e.isCommand("RECEIVE TEXT"), "the language menu");

            try (TestCall turnedAwayVoice = line.call(CallPlan.helpline().from("7185550313").server(spare.agiUrl()));
                 TestCall turnedAwayTty = line.call(CallPlan.tty("baudot").from("7185550314").server(spare.agiUrl()))) {
                turnedAwayVoice.awaitEnd(CALL_ENDS);
                turnedAwayTty.awaitEnd(CALL_ENDS);
                assertHeardTheFailoverAndWasQueued(turnedAwayVoice, "7185550313");
                assertReadTheFailoverAndWasQueued(turnedAwayTty, "7185550314");
            }

            spare.kill();
            // Asterisk learns that the server has gone when the command in progress ends: the voice
            // caller's wait for a key runs out, the TTY caller types.
            tty.type("1");
            voice.awaitEnd(CALL_ENDS);
            tty.awaitEnd(CALL_ENDS);
            assertHeardTheFailoverAndWasQueued(voice, "7185550311");
            assertThat(String.join(" ", tty.textRead()))
                    .contains(TextProfile.BAUDOT.render(facts.text(Prompt.of("call.system_unavailable"), Language.BENGALI)));
            assertThat(line.robots().agentCallsFrom("7185550312")).singleElement()
                    .satisfies(agent -> assertThat(agent.reason()).isEqualTo("system"));
        }
    }

    private void assertHeardTheFailoverAndWasQueued(TestCall call, String number) {
        assertThat(call.soundsPlayed()).containsSubsequence("en/ocss/call-system_unavailable",
                "bn/ocss/call-system_unavailable", "sq/ocss/call-system_unavailable");
        assertThat(line.robots().agentCallsFrom(number)).singleElement().satisfies(agent -> {
            assertThat(agent.language()).isEmpty();
            assertThat(agent.reason()).isEqualTo("system");
            assertThat(agent.callerName()).startsWith("ALL system");
        });
    }

    private void assertReadTheFailoverAndWasQueued(TestCall call, String number) {
        String read = String.join(" ", call.textRead());
        for (Language language : Language.values()) {
            assertThat(read).contains(baudot(Prompt.of("call.system_unavailable"), language));
        }
        assertThat(line.robots().agentCallsFrom(number)).singleElement()
                .satisfies(agent -> assertThat(agent.reason()).isEqualTo("system"));
    }

    private String baudot(Prompt prompt, Language language) {
        return TextProfile.BAUDOT.render(facts.text(prompt, language));
    }

    /** The CDR's userfield of the line's half of the call, once Asterisk has written its record. */
    private String cdrUserfield(TestCall call) throws Exception {
        return line.cdr(call.lineChannel(), Duration.ofSeconds(20)).userfield();
    }

    private static String closedPort() {
        return "agi://127.0.0.1:" + ChildJvm.freePort();
    }
}
