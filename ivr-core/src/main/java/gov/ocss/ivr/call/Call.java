package gov.ocss.ivr.call;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.Dialog;
import gov.ocss.ivr.prompts.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One call in progress: the dialog with the caller and what Asterisk told us about the call.
 * Everything here came from the caller's side of the wire: the values are already length-limited,
 * but they are still the caller's words, not ours.
 */
public final class Call {
    private final String id;
    private final Line line;
    private final CallerNumber callerNumber;
    private final Dialog dialog;
    private final Optional<Language> languageFromDialplan;
    private final Map<String, String> parameters;
    private final List<String> arguments;
    private final List<Consumer<Ending>> endActions = new ArrayList<>();

    Call(String id, Line line, CallerNumber callerNumber, Dialog dialog, Optional<Language> languageFromDialplan,
         Map<String, String> parameters, List<String> arguments) {
        this.id = id;
        this.line = line;
        this.callerNumber = callerNumber;
        this.dialog = dialog;
        this.languageFromDialplan = languageFromDialplan;
        this.parameters = Map.copyOf(parameters);
        this.arguments = List.copyOf(arguments);
    }

    /** Asterisk's unique id of the channel: what ties our log lines to Asterisk's. */
    public String id() {
        return id;
    }

    public Line line() {
        return line;
    }

    /** Where the call came from, as far as caller id says: {@link CallerNumber#WITHHELD} when it does not. */
    public CallerNumber callerNumber() {
        return callerNumber;
    }

    public Dialog dialog() {
        return dialog;
    }

    /**
     * The language the dialplan chose for the caller ({@code helpline?lang=bn}), when it chose one the
     * line speaks: the dialog already speaks it, and the caller need not be asked.
     */
    public Optional<Language> languageFromDialplan() {
        return languageFromDialplan;
    }

    /** A parameter of the AGI URL's query string ({@code helpline?lang=bn}). */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The dialplan's arguments to AGI(), after the URL. */
    public List<String> arguments() {
        return arguments;
    }

    /** Runs when the call ends, however it ends, and is told how (the audit record, for one). */
    public void onEnd(Consumer<Ending> action) {
        endActions.add(action);
    }

    List<Consumer<Ending>> endActions() {
        return endActions;
    }
}
