package gov.ocss.ivr.phone;

import gov.ocss.ivr.call.DialplanVariables;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Calls the running phone server from a terminal ({@code ./phoneline call helpline}): the project's
 * Asterisk simulator plays Asterisk, and the person at the keyboard plays the caller. The person
 * sees what the line says (the words behind each sound on the help line, the text on the TTY
 * line), types keys or text, and is told how the call ended.
 */
public final class TerminalPhone {
    private final AsteriskSimulator asterisk = AsteriskSimulator.create();
    private final SoundWords words;
    private final Terminal terminal;

    public TerminalPhone(SoundInventory sounds, Terminal terminal) {
        this.words = new SoundWords(sounds);
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(PhoneCall.USAGE);
            return;
        }
        PhoneCall call;
        try {
            call = PhoneCall.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("phoneline call: " + e.getMessage());
            System.err.println(PhoneCall.USAGE);
            System.exit(2);
            return;
        }
        silenceLogging();
        System.exit(new TerminalPhone(standardSounds(), Terminal.system()).call(call));
    }

    /** The words of every sound the help line plays, to show them, with the data texts the line reads whole. */
    private static SoundInventory standardSounds() {
        return SoundInventory.standard(VoiceTexts.read(VoiceTexts.DEFAULT));
    }

    /**
     * The phone prints everything the person needs itself; the logging backend on the classpath
     * would only add noise. Set before the first logger exists: no class with a static logger may
     * be initialised before it (hence the simulator is created with the phone, not with this class).
     */
    private static void silenceLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            // Else SLF4J says which provider it was told to load.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    /** Makes the call and tells how it ended; the process's exit status: 0 once a server answered, 1 when none did. */
    public int call(PhoneCall call) {
        PhoneScreen screen = new PhoneScreen(terminal.screen(), words, call.verbose(), terminal.keyboardEchoes());
        screen.note(greeting(call));
        CallRecord record;
        try {
            record = asterisk.call(call.host(), call.port(), call.setup(), new KeyboardCaller(terminal.keyboard(), screen));
        } catch (UncheckedIOException e) {
            screen.say("No phone server on " + call.server() + ". Start it with ./phoneline start");
            return 1;
        }
        screen.note(ending(record, call));
        if (call.verbose()) {
            dialplanVariables(record).ifPresent(screen::note);
        }
        return 0;
    }

    private static String greeting(PhoneCall call) {
        String language = call.language().map(chosen -> " in " + inEnglish(chosen)).orElse("");
        if (call.line().isText()) {
            return "Calling the TTY line on " + call.server() + language
                    + ". Type your answer and press Enter; Enter alone waits, h hangs up.";
        }
        return "Calling the help line on " + call.server() + language
                + ". Type keys (0-9, * and #) and press Enter, e.g. 12345#; Enter alone waits, h hangs up.";
    }

    /** As the README names them (the JDK's own names change with its CLDR version: Bengali became Bangla). */
    private static String inEnglish(Language language) {
        return switch (language) {
            case ENGLISH -> "English";
            case BENGALI -> "Bengali";
            case ALBANIAN -> "Albanian";
        };
    }

    private static String ending(CallRecord record, PhoneCall call) {
        if (record.callerHungUp()) {
            return "You hung up.";
        }
        if (record.serverHungUp()) {
            return "The line hung up.";
        }
        if (record.variable("AJ_AGISTATUS").filter("NOT_FOUND"::equals).isPresent()) {
            return "The phone server on " + call.server() + " has no '" + call.line().scriptName() + "' line to answer the call.";
        }
        return switch (record.end()) {
            case SERVER_CLOSED -> handedBack(record);
            case SERVER_IDLE -> "The phone server stopped answering; the call was given up.";
            case CONNECTION_LOST -> "The connection to the phone server was lost.";
            case AGI_FAILURE -> "The phone server could not run the call.";
            case COMMAND_LIMIT -> "The phone server kept sending commands; the call was cut off.";
            case INTERRUPTED -> "The call was interrupted.";
        };
    }

    /** The server let the call go without hanging up: Asterisk's dialplan carries on as IVR_NEXT says. */
    private static String handedBack(CallRecord record) {
        Optional<String> next = record.variable(DialplanVariables.NEXT);
        String reason = record.variable(DialplanVariables.REASON).map(why -> ", " + DialplanVariables.REASON + "=" + why).orElse("");
        if (next.filter(DialplanVariables.NEXT_AGENT::equals).isPresent()) {
            return "The automated line is done: you would now be put through to a representative ("
                    + DialplanVariables.NEXT + "=" + DialplanVariables.NEXT_AGENT + reason + ").";
        }
        if (next.filter(DialplanVariables.NEXT_HANGUP::equals).isPresent()) {
            return "The automated line is done: the call would now end (" + DialplanVariables.NEXT + "=" + DialplanVariables.NEXT_HANGUP + reason + ").";
        }
        return "The phone server ended the call.";
    }

    /** The variables the server set for the dialplan (IVR_...), for the curious. */
    private static Optional<String> dialplanVariables(CallRecord record) {
        Map<String, String> set = new TreeMap<>();
        record.variables().forEach((name, value) -> {
            if (name.startsWith("IVR_")) {
                set.put(name, value);
            }
        });
        if (set.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder shown = new StringBuilder("dialplan variables:");
        set.forEach((name, value) -> shown.append(' ').append(name).append('=').append(value));
        return Optional.of(shown.toString());
    }
}
