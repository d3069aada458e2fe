package gov.ocss.ivr.simulator;

import java.util.List;
import java.util.Optional;

/**
 * What the channel is doing when the simulated caller is asked to act: the command the server
 * sent, what the caller hears or reads, and whether the channel is collecting input.
 *
 * @param command       1-based number of the command line in the call
 * @param commandLine   the command as the server sent it
 * @param kind          what the channel does
 * @param sounds        the sound files played, in order, with their start within the turn
 * @param text          text shown to the caller (SEND TEXT), else empty
 * @param escapeDigits  keys that stop the playback (every key for GET DATA), empty when none do
 * @param input         1-based number of this input opportunity in the call, 0 when not one
 * @param timeoutMillis how long the channel waits for input after the prompt; -1 forever, 0 when not waiting
 * @param maxDigits     most digits GET DATA takes, 1 for WAIT FOR DIGIT, 0 otherwise
 * @param language      the channel language ({@code CHANNEL(language)})
 */
public record CallerTurn(int command, String commandLine, Kind kind, List<Sound> sounds, String text,
                         String escapeDigits, int input, long timeoutMillis, int maxDigits, String language) {

    public enum Kind {
        /** Sound plays (STREAM FILE, CONTROL STREAM FILE, SAY ..., EXEC Playback); keys may barge in. */
        PLAYBACK,
        /** Digits are collected (GET DATA, WAIT FOR DIGIT, GET OPTION), maybe after a prompt. */
        DIGITS,
        /** Text is shown to the caller (SEND TEXT). */
        TEXT_SHOWN,
        /** The channel waits for typed text (RECEIVE TEXT, RECEIVE CHAR). */
        TEXT_WANTED,
        /** Anything else: the caller can only hang up. */
        OTHER
    }

    /** A sound file the caller hears, starting {@code startMillis} into the turn. */
    public record Sound(String file, long startMillis, long lengthMillis) {
    }

    public CallerTurn {
        sounds = List.copyOf(sounds);
    }

    public boolean isInput() {
        return input > 0;
    }

    /** The first sound played in this turn named {@code file} or ending in {@code /file}. */
    public Optional<Sound> sound(String file) {
        for (Sound s : sounds) {
            if (sameSound(s.file(), file)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** How long the prompts of this turn play if nobody interrupts them. */
    public long promptMillis() {
        long end = 0;
        for (Sound s : sounds) {
            end = Math.max(end, s.startMillis() + s.lengthMillis());
        }
        return end;
    }

    static boolean sameSound(String played, String wanted) {
        return played.equals(wanted) || played.endsWith("/" + wanted);
    }
}
