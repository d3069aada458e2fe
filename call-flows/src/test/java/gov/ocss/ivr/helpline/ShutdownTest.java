package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.call.Ending;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.ScriptedCaller;
import gov.ocss.ivr.simulator.SimulatedCaller;
import gov.ocss.ivr.testing.LineServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server stopping during a call: the caller hears that the call must end, and the audit says
 * so. The demo server's own help line flow runs here on a listener of the test's, whose closing
 * time the test sets, so the shared demo server keeps running.
 */
class ShutdownTest {
    private static final DemoLine LINE = DemoLine.duringOfficeHours();

    private final ClosingTime closingTime = new ClosingTime();
    private FastAgiListener listener;

    @AfterEach
    void stopTheListener() {
        listener.stop(Duration.ofSeconds(1));
    }

    @Test
    void aCallInProgressWhenTheServerStopsIsToldGoodbyeAndAuditedAsShutdown() {
        Map<Line, DialogTimings> timings = Map.of(Line.HELPLINE, DialogTimings.voice(), Line.TTY, DialogTimings.text());
        listener = LineServer.start(LINE.bean(HelplineFlow.class), LINE.bean(PromptRenderer.class), timings, closingTime);
        ScriptedCaller script = Walk.on(Line.HELPLINE).chooseLanguage(Language.ENGLISH).caller();
        // The server starts to stop as the main menu plays, with no grace left: its next wait is not begun.
        SimulatedCaller caller = turn -> {
            if (turn.sound(Walk.MAIN_MENU).isPresent()) {
                closingTime.closeIn(Duration.ZERO);
            }
            return script.onTurn(turn);
        };

        CallRecord call = AsteriskSimulator.create().call("127.0.0.1", listener.port(), Walk.on(Line.HELPLINE).setup()
                .uniqueId("shutdown-test.1").build(), caller);

        assertThat(call.protocolErrors()).isEmpty();
        assertThat(DemoLine.heard(call)).endsWith("We are sorry, we have to end this call now. Please call again later. Goodbye.");
        assertThat(call.variable(DialplanVariables.REASON)).hasValue(Ending.SHUTDOWN.dialplanReason().orElseThrow());
        assertThat(call.variable(DialplanVariables.NEXT)).hasValue(DialplanVariables.NEXT_HANGUP);
        assertThat(LINE.auditOf(call)).hasToString("helpline en not_attempted - [] remail=- transfer=- shutdown");
    }
}
