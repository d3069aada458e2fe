package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * EXEC: the dialplan applications a server may run through AGI. Playback, Background, Wait, Set
 * and NoOp are simulated; any other application answers {@code -2}, as Asterisk does for an application
 * it does not have, and is reported as a protocol error so a test notices.
 */
final class Applications {
    /** Asterisk's AST_DIGIT_ANY: every key stops a Background. */
    private static final String ANY_KEY = "0123456789#*ABCD";

    private Applications() {
    }

    /**
     * Recorded: {@code 200 result=0} for {@code EXEC Playback silence/1}. res_agi.c: whatever the
     * application returns ({@code -1} when the caller hung up), {@code -2} for no such application.
     * EXEC runs on a dead channel too, where Playback and Wait fail at once.
     */
    static Reply exec(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 2) {
            return Reply.USAGE;
        }
        String application = c.word(1);
        String arguments = c.argc() >= 3 ? c.word(2) : "";
        return switch (application.toLowerCase(Locale.ROOT)) {
            case "playback" -> playback(arguments, ch);
            case "background" -> background(arguments, ch);
            case "wait" -> waitSeconds(arguments, ch);
            case "set" -> set(arguments, ch);
            case "noop" -> Reply.of("200 result=0");
            default -> {
                ch.protocolError("application " + application + " is not simulated (answered -2, as for an application Asterisk does not have)");
                yield Reply.of("200 result=-2");
            }
        };
    }

    /**
     * Playback(file1&file2[,options]): answers the channel first unless {@code noanswer}; a
     * missing file is skipped with PLAYBACKSTATUS=FAILED, not an error; keys are ignored.
     */
    private static Reply playback(String arguments, SimulatedChannel ch) {
        if (arguments.isEmpty()) {
            ch.note("Playback without a file: Asterisk warns and the application fails");
            return Reply.of("200 result=-1");
        }
        if (ch.isHungUp()) {
            return Reply.of("200 result=-1");
        }
        int comma = arguments.indexOf(',');
        String files = comma < 0 ? arguments : arguments.substring(0, comma);
        String options = comma < 0 ? "" : arguments.substring(comma + 1);
        if (!options.contains("noanswer")) {
            ch.answer();
        }
        List<CallerTurn.Sound> sounds = new ArrayList<>();
        boolean missing = false;
        long start = 0;
        for (String file : files.split("&")) {
            OptionalLong samples = ch.soundSamples(file);
            if (samples.isEmpty()) {
                missing = true;
                continue;
            }
            long millis = samples.getAsLong() / 8;
            sounds.add(new CallerTurn.Sound(file, start, millis));
            start += millis;
        }
        ch.askCaller(CallerTurn.Kind.PLAYBACK, sounds, "", "", 0, 0);
        int result = 0;
        for (CallerTurn.Sound sound : sounds) {
            ch.hear(sound.file());
            if (ch.play("", sound.lengthMillis()).outcome() == SimulatedChannel.Playback.Outcome.HUNG_UP) {
                result = -1;
                break;
            }
        }
        ch.variables().write("PLAYBACKSTATUS", missing ? "FAILED" : "SUCCESS");
        return Reply.of("200 result=" + result);
    }

    /**
     * Background(file1&file2[,options]) as pbx_builtins.c runs it from AGI: answers the channel first
     * unless {@code n} (or, with {@code s}, does nothing on a channel not answered); plays the files in
     * turn, and any key (Asterisk's AST_DIGIT_ANY, # too) stops it and is the result, as its ASCII code:
     * under AGI the key jumps nowhere in the dialplan (res_agi sets DISABLE_WORKAROUNDS). A file that
     * does not exist ends the playback there, the files after it unplayed, with BACKGROUNDSTATUS=FAILED
     * and result 0. {@code -1} when the caller hung up. Verified on the project's Asterisk build: a key
     * during the second of three files answered {@code 200 result=53}, no key {@code 200 result=0}.
     */
    private static Reply background(String arguments, SimulatedChannel ch) {
        if (ch.isHungUp()) {
            return Reply.of("200 result=-1");
        }
        int comma = arguments.indexOf(',');
        String files = comma < 0 ? arguments : arguments.substring(0, comma);
        String options = comma < 0 ? "" : arguments.substring(comma + 1);
        int secondComma = options.indexOf(',');
        String flags = secondComma < 0 ? options : options.substring(0, secondComma);
        if (!ch.isAnswered()) {
            if (flags.contains("s")) {
                ch.variables().write("BACKGROUNDSTATUS", "SUCCESS");
                return Reply.of("200 result=0");
            }
            if (!flags.contains("n")) {
                ch.answer();
            }
        }
        List<CallerTurn.Sound> sounds = new ArrayList<>();
        boolean missing = false;
        long start = 0;
        for (String file : files.strip().split("&")) {
            OptionalLong samples = ch.soundSamples(file);
            if (samples.isEmpty()) {
                missing = true;
                ch.note("Background stops at the missing sound " + file + ": the files after it are not played");
                break;
            }
            long millis = samples.getAsLong() / 8;
            sounds.add(new CallerTurn.Sound(file, start, millis));
            start += millis;
        }
        ch.askCaller(CallerTurn.Kind.PLAYBACK, sounds, "", ANY_KEY, 0, 0);
        int result = 0;
        for (CallerTurn.Sound sound : sounds) {
            ch.hear(sound.file());
            SimulatedChannel.Playback played = ch.play(ANY_KEY, sound.lengthMillis());
            if (played.outcome() == SimulatedChannel.Playback.Outcome.HUNG_UP) {
                result = -1;
                break;
            }
            if (played.outcome() == SimulatedChannel.Playback.Outcome.INTERRUPTED) {
                result = played.key();
                break;
            }
        }
        ch.variables().write("BACKGROUNDSTATUS", missing ? "FAILED" : "SUCCESS");
        return Reply.of("200 result=" + result);
    }

    private static Reply waitSeconds(String arguments, SimulatedChannel ch) {
        if (ch.isHungUp()) {
            return Reply.of("200 result=-1");
        }
        double seconds;
        try {
            seconds = arguments.isBlank() ? 0 : Double.parseDouble(arguments.trim());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        ch.askCaller(CallerTurn.Kind.OTHER, List.of(), "", "", 0, 0);
        return Reply.of(ch.pause(Math.max(0, (long) (seconds * 1000))) ? "200 result=0" : "200 result=-1");
    }

    private static Reply set(String arguments, SimulatedChannel ch) {
        int equals = arguments.indexOf('=');
        if (equals <= 0) {
            ch.note("Set without name=value: Asterisk warns and does nothing");
        } else {
            ch.variables().write(arguments.substring(0, equals), arguments.substring(equals + 1));
        }
        return Reply.of("200 result=0");
    }
}
