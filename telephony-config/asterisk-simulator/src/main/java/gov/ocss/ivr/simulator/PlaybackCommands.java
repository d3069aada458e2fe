package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Commands that play sound the caller may interrupt: STREAM FILE, CONTROL STREAM FILE and the SAY
 * commands. Positions ({@code endpos}) are samples at 8 kHz for STREAM FILE, milliseconds for
 * CONTROL STREAM FILE.
 */
final class PlaybackCommands {
    private PlaybackCommands() {
    }

    /**
     * Recorded: {@code 200 result=53 endpos=9600} (a key stopped it), {@code 200 result=-1 endpos=0}
     * (no such file). res_agi.c: {@code 200 result=0 endpos=<file length>} when played to the end,
     * {@code 200 result=-1 endpos=<position>} when the caller hung up, and a missing file echoes the
     * offset asked for.
     */
    static Reply streamFile(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 4 || c.argc() > 5) {
            return Reply.USAGE;
        }
        String file = c.word(2);
        String escapeDigits = c.word(3);
        long offset = 0;
        if (c.argc() == 5) {
            OptionalLong given = CNumbers.scanLong(c.word(4));
            if (given.isEmpty()) {
                return Reply.USAGE;
            }
            offset = given.getAsLong();
        }
        OptionalLong samples = ch.soundSamples(file);
        if (samples.isEmpty()) {
            return Reply.failed("200 result=-1 endpos=" + offset);
        }
        long total = samples.getAsLong();
        long from = Math.max(0, Math.min(offset, total));
        long millis = (total - from) / 8;
        ch.askCaller(CallerTurn.Kind.PLAYBACK, List.of(new CallerTurn.Sound(file, 0, millis)), "", escapeDigits, 0, 0);
        ch.hear(file);
        SimulatedChannel.Playback played = ch.play(escapeDigits, millis);
        long position = from + played.elapsedMillis() * 8;
        return switch (played.outcome()) {
            case INTERRUPTED -> Reply.of("200 result=" + (int) played.key() + " endpos=" + position);
            case HUNG_UP -> Reply.failed("200 result=-1 endpos=" + position);
            case FINISHED -> Reply.of("200 result=0 endpos=" + total);
        };
    }

    /**
     * res_agi.c (current master): same shape as STREAM FILE, {@code 200 result=<key|0|-1> endpos=<ms>},
     * with {@code endpos=-1} when the file played to its end; it also sets CPLAYBACKSTATUS,
     * CPLAYBACKOFFSET and CPLAYBACKSTOPKEY for the dialplan. Fast-forward, rewind and pause keys
     * are read and ignored here: the simulated caller only stops playback.
     */
    static Reply controlStreamFile(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 5 || c.argc() > 10) {
            return Reply.USAGE;
        }
        if (c.argc() > 5 && CNumbers.scanInt(c.word(5)).isEmpty()) {
            return Reply.USAGE;
        }
        long offsetMillis = 0;
        if (c.argc() > 9) {
            OptionalLong given = CNumbers.scanLong(c.word(9));
            if (given.isEmpty()) {
                return Reply.USAGE;
            }
            offsetMillis = given.getAsLong();
        }
        String file = c.word(3);
        String stopKeys = c.word(4);
        ChannelVariables variables = ch.variables();
        OptionalLong samples = ch.soundSamples(file);
        if (samples.isEmpty()) {
            variables.write("CPLAYBACKSTATUS", "ERROR");
            variables.write("CPLAYBACKOFFSET", Long.toString(offsetMillis));
            return Reply.failed("200 result=-1 endpos=" + offsetMillis);
        }
        long totalMillis = samples.getAsLong() / 8;
        long from = Math.max(0, Math.min(offsetMillis, totalMillis));
        long millis = totalMillis - from;
        ch.askCaller(CallerTurn.Kind.PLAYBACK, List.of(new CallerTurn.Sound(file, 0, millis)), "", stopKeys, 0, 0);
        ch.hear(file);
        SimulatedChannel.Playback played = ch.play(stopKeys, millis);
        long position = from + played.elapsedMillis();
        Reply reply;
        switch (played.outcome()) {
            case INTERRUPTED -> {
                variables.write("CPLAYBACKSTATUS", "USERSTOPPED");
                variables.write("CPLAYBACKSTOPKEY", String.valueOf(played.key()));
                reply = Reply.of("200 result=" + (int) played.key() + " endpos=" + position);
            }
            case HUNG_UP -> {
                variables.write("CPLAYBACKSTATUS", "ERROR");
                reply = Reply.failed("200 result=-1 endpos=" + position);
            }
            default -> {
                variables.write("CPLAYBACKSTATUS", "SUCCESS");
                position = -1;
                reply = Reply.of("200 result=0 endpos=-1");
            }
        }
        variables.write("CPLAYBACKOFFSET", Long.toString(position));
        return reply;
    }

    /** Recorded: {@code 200 result=0} (digits said); res_agi.c: the key's code or -1 otherwise. */
    static Reply sayDigits(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() != 4 || CNumbers.scanInt(c.word(2)).isEmpty()) {
            return Reply.USAGE;
        }
        return say(ch, NumberSounds.digits(c.word(2)), c.word(3));
    }

    /**
     * Recorded: {@code 200 result=-1} in Bengali, for which Asterisk has no number words; the
     * same holds for Albanian. In a language it can speak, the English rules and {@code 0}.
     */
    static Reply sayNumber(AgiCommand c, SimulatedChannel ch) {
        if (c.argc() < 4 || c.argc() > 5) {
            return Reply.USAGE;
        }
        OptionalLong number = CNumbers.scanInt(c.word(2));
        if (number.isEmpty()) {
            return Reply.USAGE;
        }
        if (!ch.saysNumbers()) {
            ch.note("SAY NUMBER in '" + ch.variables().language() + "': Asterisk has no number sounds there and answers -1");
            return Reply.result(-1);
        }
        return say(ch, NumberSounds.number(number.getAsLong()), c.word(3));
    }

    /**
     * Plays the files one after the other; an escape digit stops them, and a missing file ends
     * the command with -1 after the files before it played (Asterisk stops at the first file it
     * cannot open).
     */
    private static Reply say(SimulatedChannel ch, List<String> files, String escapeDigits) {
        List<CallerTurn.Sound> sounds = new ArrayList<>(files.size());
        boolean missing = false;
        long start = 0;
        for (String file : files) {
            OptionalLong samples = ch.soundSamples(file);
            if (samples.isEmpty()) {
                missing = true;
                break;
            }
            long millis = samples.getAsLong() / 8;
            sounds.add(new CallerTurn.Sound(file, start, millis));
            start += millis;
        }
        ch.askCaller(CallerTurn.Kind.PLAYBACK, sounds, "", escapeDigits, 0, 0);
        for (CallerTurn.Sound sound : sounds) {
            ch.hear(sound.file());
            SimulatedChannel.Playback played = ch.play(escapeDigits, sound.lengthMillis());
            if (played.outcome() == SimulatedChannel.Playback.Outcome.INTERRUPTED) {
                return Reply.result(played.key());
            }
            if (played.outcome() == SimulatedChannel.Playback.Outcome.HUNG_UP) {
                return Reply.result(-1);
            }
        }
        return Reply.result(missing ? -1 : 0);
    }
}
