package gov.ocss.ivr.tty;

import gov.ocss.ivr.tty.BaudotTransmitter.Transmission;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation with a TDD over a call's audio, held as TDD users hold one: one side types at a
 * time, a turn ends with GA ("go ahead") or a new line, and nobody starts typing while the other
 * side's carrier is on. The line sends at the caller's speed and stops, at the end of a character,
 * as soon as the caller types over it: what they typed is the start of their answer. Our own tones
 * come back from the far end's hybrid as echo; a character heard while we send that is one we
 * have just sent is that echo, and is not taken for the caller's.
 *
 * <p>The call's audio is the clock: each frame heard is answered with one frame of ours (tones or
 * silence), so the line sends at exactly the rate the call carries, and every wait is counted in
 * audio heard. A call whose audio stops is over; {@link Audio#read()} says so.
 */
public final class TddLine {
    /** A call's audio, one frame at a time, 8 kHz 16-bit signed linear. */
    public interface Audio {
        /** The next frame the caller's side sent; throws when the call's audio has ended. */
        short[] read();

        /** A frame to the caller, as long as the one just read. */
        void write(short[] frame);
    }

    private static final int RATE = BaudotTransmitter.SAMPLE_RATE;
    /** How late our echo may come back: the far end's hybrid, plus the network's delay both ways. */
    private static final long ECHO_DELAY = RATE * 300L / 1000;
    /** A character from its start bit to its stop bits' end, at the slower speed. */
    private static final long CHARACTER = Math.round(8 * RATE / 45.45);
    /** A caller's TDD may hold its carrier a moment after the last character; we do not wait forever. */
    /** The stop bits at the end of a character: its echo can be read as soon as they begin. */
    private static final long STOP_BITS = Math.round(2 * RATE / 45.45);
    private static final long LONGEST_CARRIER_WAIT = 3L * RATE;
    private static final Pattern TURN_ENDS = Pattern.compile("(?s)(.*?)(?:\\n|(?:^|\\s)(?:GA|SK)\\s*$)");
    private static final double LEVEL_DBM0 = -10;

    private final Audio audio;
    private final TddEar ear = new TddEar();
    private final StringBuilder typed = new StringBuilder();
    private final Deque<Sent> echoes = new ArrayDeque<>();
    /** Samples heard since the line opened. */
    private long now;
    private long lastTypedAt;
    /**
     * Whether any of the current transmission has come back as echo. Echo is a stream: where the first
     * characters we sent did not come back, the line has no echo, and a character that matches one we
     * sent later is the caller's (a fast typist answering our GA with "AGENT" lost its A to our own A).
     */
    private boolean echoHeard;

    /** @param place where in its transmission the character was, from 0 */
    private record Sent(char character, long end, int place) {
    }

    /** Characters at a transmission's start whose echo may be the first to come back (the first may be lost under the squelch). */
    private static final int FIRST_ECHOES = 3;

    public TddLine(Audio audio) {
        this.audio = audio;
    }

    /**
     * Sends {@code text} as Baudot tones once the caller's carrier is off. Returns false when the
     * caller started typing over it and the rest was not sent.
     */
    public boolean send(String text) {
        waitForCarrierToDrop();
        typed.setLength(0);
        echoHeard = false;
        Transmission transmission = new BaudotTransmitter(ear.baud(), 2, LEVEL_DBM0).send(text);
        short[] samples = transmission.samples();
        int[] ends = transmission.ends();
        // A start bit, five bits and two stop bits at this speed (rounded down: a character is never taken as begun too soon).
        long character = (long) (8 * RATE / ear.baud());
        long start = now;
        int sent = 0;
        int recorded = 0;
        int stopAt = samples.length;
        while (sent < stopAt) {
            short[] heard = audio.read();
            short[] frame = new short[heard.length];
            int n = Math.min(heard.length, stopAt - sent);
            System.arraycopy(samples, sent, frame, 0, n);
            audio.write(frame);
            sent += n;
            // A character is an echo to expect from its first tone on: its echo may be read before it ends. One whose first
            // tone has not gone out is not, or the next character after the caller stopped us would be taken for sent.
            while (recorded < ends.length && ends[recorded] - character < sent) {
                echoes.addLast(new Sent(transmission.characters().charAt(recorded), start + ends[recorded], recorded));
                recorded++;
            }
            hear(heard);
            if (typed.length() > 0 && stopAt == samples.length) {
                stopAt = endOfCharacterAfter(ends, sent, samples.length);
            }
        }
        return stopAt == samples.length;
    }

    private static int endOfCharacterAfter(int[] ends, int position, int length) {
        for (int end : ends) {
            if (end >= position) {
                return end;
            }
        }
        return length;
    }

    /**
     * The caller's next turn: what they type up to GA, SK or a new line, or up to a pause of
     * {@code pause} after their last character. Empty when nothing comes within {@code firstCharacter}.
     */
    public Optional<String> answer(Duration firstCharacter, Duration pause) {
        long from = now;
        long firstWait = samples(firstCharacter);
        long pauseWait = samples(pause);
        while (true) {
            Matcher turn = TURN_ENDS.matcher(typed);
            if (turn.matches()) {
                String answer = turn.group(1).trim();
                typed.setLength(0);
                return Optional.of(answer);
            }
            if (typed.length() == 0 && now - from >= firstWait) {
                return Optional.empty();
            }
            if (typed.length() > 0 && now - lastTypedAt >= pauseWait && !ear.hearsCarrier()) {
                String answer = typed.toString().trim();
                typed.setLength(0);
                return Optional.of(answer);
            }
            listen();
        }
    }

    /** The caller's speed, as their typing has shown it (45.45 baud until they type). */
    public double baud() {
        return ear.baud();
    }

    private void waitForCarrierToDrop() {
        long from = now;
        while (ear.hearsCarrier() && now - from < LONGEST_CARRIER_WAIT) {
            listen();
        }
    }

    /** One frame heard, one frame of silence sent. */
    private void listen() {
        short[] heard = audio.read();
        audio.write(new short[heard.length]);
        hear(heard);
    }

    private void hear(short[] frame) {
        ear.accept(frame);
        now += frame.length;
        for (TddEar.Heard heard : ear.take()) {
            if (!isEcho(heard)) {
                typed.append(heard.character());
                lastTypedAt = heard.at();
                // The caller is typing: what we sent is no longer what comes back, their keys are.
                echoes.clear();
            }
        }
        // Kept a while: characters may be passed on late, once the caller's speed is known.
        while (!echoes.isEmpty() && echoes.peekFirst().end() < now - ECHO_DELAY - 8 * CHARACTER) {
            echoes.removeFirst();
        }
    }

    /**
     * Our echo comes back in the order we sent it, never before the character's stop bit has gone
     * out; one or two characters skipped were lost on the way. A caller typing over us is taken for
     * echo only when the character they type is the one we are sending at that moment.
     */
    private boolean isEcho(TddEar.Heard heard) {
        int looked = 0;
        for (Sent sent : echoes) {
            if (sent.end() < heard.at() - ECHO_DELAY - CHARACTER) {
                continue; // too long ago to come back now
            }
            if (looked++ > 2 || sent.end() - STOP_BITS > heard.at()) {
                return false;
            }
            if (sent.character() == heard.character()) {
                if (!echoHeard && sent.place() >= FIRST_ECHOES) {
                    return false;
                }
                echoHeard = true;
                while (echoes.peekFirst() != sent) {
                    echoes.removeFirst();
                }
                echoes.removeFirst();
                return true;
            }
        }
        return false;
    }

    private static long samples(Duration duration) {
        return duration.toMillis() * RATE / 1000;
    }
}
