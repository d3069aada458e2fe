package gov.ocss.ivr.call;

import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Hangup;
import gov.ocss.ivr.dialog.Presenter;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.presenter.AudioUnavailable;
import gov.ocss.ivr.presenter.BaudotPresenter;
import gov.ocss.ivr.presenter.TextPresenter;
import gov.ocss.ivr.presenter.TextProfile;
import gov.ocss.ivr.presenter.VoicePresenter;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a {@link CallFlow} for each call Asterisk hands us on one line. The one place that knows
 * how a call can end: the flow returns, the caller hangs up (logged as the normal event it is),
 * the server shuts down (the caller hears a goodbye and the line hangs up), or something fails, in
 * which case the caller hears that the automated line cannot help right now and the dialplan is
 * told to put them through to an agent. Every log line of the call carries its id and line; the
 * call's end actions (the audit record) always run.
 */
public final class CallScript implements AgiScript {
    private static final Logger log = LoggerFactory.getLogger(CallScript.class);
    /** "The automated line cannot help right now; please hold for a representative." */
    public static final String SYSTEM_UNAVAILABLE = "call.system_unavailable";
    /** "We are sorry, we have to end this call now. Please call again later. Goodbye." */
    public static final String CLOSING = "call.closing";

    private final Line line;
    private final CallFlow flow;
    private final PromptRenderer renderer;
    private final Map<Line, DialogTimings> timings;
    private final ClosingTime closingTime;
    private final Clock clock;
    private final CallsInProgress inProgress;
    private final AudioLinks audioLinks;
    private final Duration audioConnectTimeout;

    /** {@code closingTime} is the listener's: the one the server sets when it shuts down. */
    public CallScript(Line line, CallFlow flow, PromptRenderer renderer, Map<Line, DialogTimings> timings,
                      ClosingTime closingTime, Clock clock) {
        this(line, flow, renderer, timings, closingTime, clock, CallsInProgress.NONE);
    }

    /** {@code inProgress} is told of every call on this line as it starts and as it ends. */
    public CallScript(Line line, CallFlow flow, PromptRenderer renderer, Map<Line, DialogTimings> timings,
                      ClosingTime closingTime, Clock clock, CallsInProgress inProgress) {
        this(line, flow, renderer, timings, closingTime, clock, inProgress, AudioLinks.NONE, Duration.ZERO);
    }

    /**
     * {@code audioLinks}: where a TDD call's audio (the {@code tones} profile) is met, and how long
     * Asterisk has to connect it.
     */
    public CallScript(Line line, CallFlow flow, PromptRenderer renderer, Map<Line, DialogTimings> timings,
                      ClosingTime closingTime, Clock clock, CallsInProgress inProgress, AudioLinks audioLinks,
                      Duration audioConnectTimeout) {
        this.audioLinks = audioLinks;
        this.audioConnectTimeout = audioConnectTimeout;
        this.line = line;
        this.flow = flow;
        this.renderer = renderer;
        this.timings = Map.copyOf(timings);
        this.closingTime = closingTime;
        this.clock = clock;
        this.inProgress = inProgress;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        inProgress.started(line);
        try {
            run(request, channel);
        } finally {
            inProgress.ended(line);
        }
    }

    private void run(AgiRequest request, AgiChannel channel) {
        RequestValues values = RequestValues.of(request);
        String callId = values.callId();
        MDC.put("call", callId);
        MDC.put("line", line.scriptName());
        Instant started = clock.instant();
        Map<String, String> parameters = values.parameters();
        List<String> arguments = values.arguments();
        Presenter presenter = presenter(request, channel, parameters, arguments);
        Language language = Language.fromCode(parameters.get("lang")).orElse(Language.ENGLISH);
        Dialog dialog = new Dialog(new ClosingGuard(presenter, closingTime), language);
        Call call = new Call(callId, line, values.callerNumber(), dialog, parameters, arguments, started);
        log.info("Call started");
        try {
            // The dialog answers the call at the flow's first word (see Dialog).
            flow.run(call);
            // A flow that returns leaves the caller to the dialplan: a TTY caller still reads its last words.
            call.dialog().handOver();
        } catch (Hangup hangup) {
            log.info("The caller hung up");
        } catch (AudioUnavailable unavailable) {
            // Nothing can reach a TDD caller without the audio: the dialplan answers for the server.
            log.error("The TDD call's audio could not be connected, so the dialplan answers for the server: {}",
                    unavailable.getMessage());
        } catch (Closing closing) {
            log.info("The server is shutting down: saying goodbye and hanging up");
            sayGoodbye(lastWords(presenter, call));
        } catch (RuntimeException failure) {
            log.error("The call failed; sending the caller to an agent", failure);
            sendToAgent(lastWords(presenter, call));
        } finally {
            try {
                presenter.close();
            } catch (RuntimeException e) {
                log.warn("Could not let go of the call's line: {}", e.toString());
            }
            for (Runnable action : call.endActions()) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    log.error("An end-of-call action failed", e);
                }
            }
            log.info("Call ended after {} s", Duration.between(started, clock.instant()).toSeconds());
            MDC.remove("call");
            MDC.remove("line");
        }
    }

    private Presenter presenter(AgiRequest request, AgiChannel channel, Map<String, String> parameters, List<String> arguments) {
        if (!line.isText()) {
            return new VoicePresenter(channel, renderer, timings.get(line));
        }
        TextProfile profile = TextProfile.named(parameters.getOrDefault("profile", arguments.isEmpty() ? null : arguments.get(0)));
        if (profile.isAudio()) {
            return new BaudotPresenter(channel, renderer, timings.get(line), audioLinks, request.getLocalAddress(),
                    audioConnectTimeout);
        }
        return new TextPresenter(channel, renderer, timings.get(line), profile);
    }

    /**
     * A dialog for a call's last words, in the language the caller chose, that closing time does not
     * stop: the goodbye and the safe exit must be said even when the server is shutting down.
     */
    private static Dialog lastWords(Presenter presenter, Call call) {
        return new Dialog(presenter, call.dialog().language());
    }

    /** The safe exit: errors here are swallowed, because there is nothing safer left to try. */
    private void sendToAgent(Dialog dialog) {
        try {
            dialog.say(Prompt.of(SYSTEM_UNAVAILABLE));
            tellDialplan(dialog, DialplanVariables.REASON_SYSTEM, DialplanVariables.NEXT_AGENT);
            dialog.handOver();
        } catch (RuntimeException e) {
            log.warn("Could not tell the dialplan to send the caller to an agent: {}", e.toString());
        }
    }

    /**
     * The caller hears that the call must end, and the line hangs up. IVR_NEXT is {@code hangup},
     * not {@code agent}: the caller has just been told goodbye and to call again, and after our
     * HANGUP Asterisk runs only the {@code h} extension, where a transfer can no longer happen. The
     * reason {@code shutdown} is for the call record; calling again reaches a person even while this
     * server is down, through the dialplan's fallback to agents.
     */
    private void sayGoodbye(Dialog dialog) {
        try {
            dialog.say(Prompt.of(CLOSING));
            tellDialplan(dialog, DialplanVariables.REASON_SHUTDOWN, DialplanVariables.NEXT_HANGUP);
            dialog.hangUp();
        } catch (Hangup hangup) {
            log.info("The caller hung up during the goodbye");
        } catch (RuntimeException e) {
            log.warn("Could not say goodbye before the shutdown: {}", e.toString());
        }
    }

    private void tellDialplan(Dialog dialog, String reason, String next) {
        dialog.tellDialplan(DialplanVariables.LANGUAGE, dialog.language().code());
        dialog.tellDialplan(DialplanVariables.LINE, line.scriptName());
        dialog.tellDialplan(DialplanVariables.REASON, reason);
        dialog.tellDialplan(DialplanVariables.NEXT, next);
    }
}
