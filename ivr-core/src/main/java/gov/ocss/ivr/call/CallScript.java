package gov.ocss.ivr.call;

import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Hangup;
import gov.ocss.ivr.dialog.Presenter;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.presenter.AudioUnavailable;
import gov.ocss.ivr.presenter.Closing;
import gov.ocss.ivr.presenter.ClosingGuard;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Map;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a {@link CallFlow} for each call Asterisk hands us on one line. The one place that knows
 * how a call can end, and carries each {@link Ending} out: the flow leaves the line (to a person,
 * or with a goodbye: {@link LeaveLine}), returns (the call goes back to the dialplan as it is), the
 * caller hangs up (logged as the normal event it is), the server shuts down (the caller hears a
 * goodbye and the line hangs up), or something fails, in which case the caller hears that the
 * automated line cannot help right now and the dialplan is told to put them through to an agent.
 * Every log line of the call carries its id and line; the call's end actions (the audit record)
 * always run, and are told how the call ended.
 */
public final class CallScript implements AgiScript {
    private static final Logger log = LoggerFactory.getLogger(CallScript.class);
    /** "The automated line cannot help right now; please hold for a representative." */
    public static final String SYSTEM_UNAVAILABLE = "call.system_unavailable";
    /** "We are sorry, we have to end this call now. Please call again later. Goodbye." */
    public static final String CLOSING = "call.closing";
    /** "Thank you for calling. Goodbye." */
    public static final String GOODBYE = "call.goodbye";
    /** "Please hold. We are connecting you with a representative." */
    public static final String TRANSFER = "representative.transfer";

    private final Line line;
    private final CallFlow flow;
    private final PromptRenderer renderer;
    private final Map<Line, DialogTimings> timings;
    private final ClosingTime closingTime;
    private final Clock clock;
    private final CallsInProgress inProgress;
    private final AudioLinks audioLinks;
    private final Duration audioConnectTimeout;

    /**
     * {@code closingTime} is the listener's: the one the server sets when it shuts down.
     * {@code inProgress} is told of every call on this line as it starts and as it ends.
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
        Presenter presenter = presenter(request, channel, parameters, values.arguments());
        // The one reading of the dialplan's language: the dialog starts in it, and the flow need not ask.
        Optional<Language> fromDialplan = Language.fromCode(parameters.get("lang"));
        Dialog dialog = new Dialog(new ClosingGuard(presenter, closingTime), fromDialplan.orElse(Language.ENGLISH));
        Call call = new Call(callId, line, values.callerNumber(), dialog, fromDialplan, parameters, values.arguments());
        log.info("Call started");
        // How the call ended, once that is settled: until then, whatever stops the call is how it ended.
        Ending ending = Ending.HANDED_OVER;
        try {
            // The dialog answers the call at the flow's first word (see Dialog).
            try {
                flow.run(call);
            } catch (LeaveLine leaving) {
                Ending leavingAs = leaving.ending();
                // Giving up holds from the moment it is decided; a goodbye or a transfer once said and told.
                ending = leavingAs.doneOnceSaid() ? ending : leavingAs;
                dialog.say(Prompt.of(leavingAs.lastWords().orElseThrow()));
                tellDialplan(leavingAs, dialog);
                ending = leavingAs;
                if (!leavingAs.toAgent()) {
                    dialog.hangUp();
                }
            }
            // The dialplan takes the call on from here: a TTY caller still reads its last words.
            call.dialog().handOver();
        } catch (Hangup hangup) {
            log.info("The caller hung up");
            ending = settled(ending, Ending.CALLER_HUNG_UP);
        } catch (AudioUnavailable unavailable) {
            // Nothing can reach a TDD caller without the audio: the dialplan answers for the server.
            log.error("The TDD call's audio could not be connected, so the dialplan answers for the server: {}",
                    unavailable.getMessage());
            ending = settled(ending, Ending.SYSTEM_FAILURE);
        } catch (Closing closing) {
            log.info("The server is shutting down: saying goodbye and hanging up");
            ending = settled(ending, Ending.SHUTDOWN);
            lastWords(Ending.SHUTDOWN, presenter, call);
        } catch (RuntimeException failure) {
            if (DatabaseOutageReport.calls().counts(failure)) {
                // Said once for the outage, with a count each minute (DatabaseOutageReport), not a stack trace a call.
                log.info("The database is out of reach; sending the caller to an agent");
            } else {
                log.error("The call failed; sending the caller to an agent", failure);
            }
            ending = settled(ending, Ending.SYSTEM_FAILURE);
            lastWords(Ending.SYSTEM_FAILURE, presenter, call);
        } catch (Error failure) {
            // Asterisk-Java does not catch an Error, and its own log is off (application.properties): the
            // failure would reach only standard error, past the masking, and the caller would hear nothing.
            log.error("The call failed with an error; sending the caller to an agent", failure);
            ending = settled(ending, Ending.SYSTEM_FAILURE);
            if (failure instanceof VirtualMachineError) {
                // Out of memory or stack: nothing more is safe to try on this thread.
                throw failure;
            }
            lastWords(Ending.SYSTEM_FAILURE, presenter, call);
        } finally {
            try {
                presenter.close();
            } catch (RuntimeException e) {
                log.warn("Could not let go of the call's line: {}", e.toString());
            }
            for (Consumer<Ending> action : call.endActions()) {
                try {
                    action.accept(ending);
                } catch (RuntimeException e) {
                    log.error("An end-of-call action failed", e);
                }
            }
            log.info("Call ended after {} s", Duration.between(started, clock.instant()).toSeconds());
            MDC.remove("call");
            MDC.remove("line");
        }
    }

    /** An ending already settled stays, whatever stops the call after it; otherwise what stopped the call is how it ended. */
    private static Ending settled(Ending sofar, Ending interrupted) {
        return sofar == Ending.HANDED_OVER ? interrupted : sofar;
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
     * What the dialplan reads once the call leaves the server. An ending with a reason tells all four
     * {@code IVR_} variables (the agent queue reads the language and the line); a goodbye only says
     * to hang up.
     */
    private void tellDialplan(Ending ending, Dialog dialog) {
        if (ending.dialplanReason().isPresent()) {
            dialog.tellDialplan(DialplanVariables.LANGUAGE, dialog.language().code());
            dialog.tellDialplan(DialplanVariables.LINE, line.scriptName());
            dialog.tellDialplan(DialplanVariables.REASON, ending.dialplanReason().get());
        }
        dialog.tellDialplan(DialplanVariables.NEXT, ending.next().orElseThrow());
    }

    /**
     * The safe exit, and the goodbye at a shutdown, in the language the caller chose, with a dialog
     * that closing time does not stop: they must be said even when the server is shutting down.
     * Errors here are swallowed, because there is nothing safer left to try.
     */
    private void lastWords(Ending ending, Presenter presenter, Call call) {
        Dialog dialog = new Dialog(presenter, call.dialog().language());
        try {
            dialog.say(Prompt.of(ending.lastWords().orElseThrow()));
            tellDialplan(ending, dialog);
            if (ending.toAgent()) {
                dialog.handOver();
            } else {
                dialog.hangUp();
            }
        } catch (Hangup hangup) {
            log.info("The caller hung up during the last words");
        } catch (RuntimeException e) {
            log.warn("Could not carry out the call's ending ({}): {}", ending, e.toString());
        }
    }
}
