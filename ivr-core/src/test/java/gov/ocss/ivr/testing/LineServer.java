package gov.ocss.ivr.testing;

import java.time.Duration;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.agi.ScriptRegistry;
import gov.ocss.ivr.call.CallFlow;
import gov.ocss.ivr.call.CallScript;
import gov.ocss.ivr.call.CallsInProgress;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.prompts.PromptRenderer;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;

/** A listening FastAGI server on a loopback port of its own, running one flow on both lines, as the real server will. */
public final class LineServer {
    private LineServer() {
    }

    public static FastAgiListener start(CallFlow flow, PromptRenderer renderer, Map<Line, DialogTimings> timings, ClosingTime closingTime) {
        return start(flow, renderer, timings, closingTime, CallsInProgress.NONE);
    }

    public static FastAgiListener start(CallFlow flow, PromptRenderer renderer, Map<Line, DialogTimings> timings, ClosingTime closingTime,
                                        CallsInProgress inProgress) {
        ScriptRegistry scripts = new ScriptRegistry()
                .register(Line.HELPLINE.scriptName(),
                        new CallScript(Line.HELPLINE, flow, renderer, timings, closingTime, Clock.systemUTC(), inProgress,
                        AudioLinks.NONE, Duration.ZERO))
                .register(Line.TTY.scriptName(), new CallScript(Line.TTY, flow, renderer, timings, closingTime, Clock.systemUTC(), inProgress,
                        AudioLinks.NONE, Duration.ZERO));
        FastAgiListener listener = new FastAgiListener(InetAddress.getLoopbackAddress(), 0, scripts, AgiLimits.defaults(), 100, closingTime);
        listener.start();
        return listener;
    }
}
