package gov.ocss.ivr.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything that happened on one simulated call: the exact protocol transcript, what the caller
 * heard and read, what they pressed and typed, the channel variables the dialplan reads after the
 * AGI script, how the call ended, and anything the simulator had to reject or could not simulate.
 * {@link #toString()} shows no keys and no text: records may end up in test logs.
 */
public final class CallRecord {

    /** Why the call ended. */
    public enum End {
        /** The server closed the connection: the AGI script returned. */
        SERVER_CLOSED,
        /** The server sent nothing for the idle time. */
        SERVER_IDLE,
        /** The server sent more commands than the simulator allows for one call (a loop?). */
        COMMAND_LIMIT,
        /** The connection broke (reset, write failure). */
        CONNECTION_LOST,
        /** The server sent a line starting with {@code failure}; Asterisk ends AGI with FAILURE on it. */
        AGI_FAILURE,
        /** The thread running the call was interrupted. */
        INTERRUPTED
    }

    /** One line of the protocol: a command the server sent or a line Asterisk sent back. */
    public record Line(Direction direction, String text) {
        public enum Direction { SERVER, ASTERISK }

        /** In the notation of the recorded sessions: {@code >>> command}, {@code <<< reply}. */
        @Override
        public String toString() {
            return (direction == Direction.SERVER ? ">>> " : "<<< ") + text;
        }
    }

    /** A sound file the caller heard (or began to hear), or a text shown to them. */
    public record Heard(int command, Medium medium, String value) {
        public enum Medium { SOUND, TEXT }
    }

    /** Something the caller did, at call time {@code atMillis}. */
    public record CallerInput(int command, CallerAction.Kind kind, String value, long atMillis) {
        @Override
        public String toString() {
            return "command #" + command + ": " + kind + (kind == CallerAction.Kind.HANG_UP ? "" : " (" + value.length() + ")") + " @" + atMillis + "ms";
        }
    }

    /** Where the dialplan continues after AGI (changed by SET CONTEXT / EXTENSION / PRIORITY). */
    public record Continuation(String context, String extension, int priority) {
    }

    private final String uniqueId;
    private final String channelName;
    private final List<String> environment;
    private final List<Line> transcript;
    private final List<Heard> heard;
    private final List<String> missingSounds;
    private final List<CallerInput> callerInput;
    private final Map<String, String> variables;
    private final String language;
    private final Continuation continuation;
    private final int callerHungUpAtCommand;
    private final boolean serverHungUp;
    private final End end;
    private final String endDetail;
    private final List<String> protocolErrors;
    private final List<String> notes;
    private final long durationMillis;
    private final int commandCount;
    private final long[] turnaroundNanos;

    CallRecord(CallRecorder r, ChannelVariables channel, End end, String endDetail) {
        this.uniqueId = r.uniqueId;
        this.channelName = r.channelName;
        this.environment = List.copyOf(r.environment);
        this.transcript = List.copyOf(r.transcript);
        this.heard = List.copyOf(r.heard);
        this.missingSounds = List.copyOf(r.missingSounds);
        this.callerInput = List.copyOf(r.callerInput);
        this.variables = Collections.unmodifiableMap(channel.snapshot());
        this.language = channel.language();
        this.continuation = new Continuation(channel.context(), channel.extension(), channel.priority());
        this.callerHungUpAtCommand = r.callerHungUpAtCommand;
        this.serverHungUp = r.serverHungUp;
        this.end = end;
        this.endDetail = endDetail;
        this.protocolErrors = List.copyOf(r.protocolErrors);
        this.notes = List.copyOf(r.notes);
        this.durationMillis = r.durationMillis;
        this.commandCount = r.commandCount;
        this.turnaroundNanos = r.turnaroundNanos();
    }

    /** Asterisk's unique id of the call ({@code agi_uniqueid}). */
    public String uniqueId() {
        return uniqueId;
    }

    /** The channel name ({@code agi_channel}). */
    public String channelName() {
        return channelName;
    }

    /** The environment block as sent, one {@code key: value} line each, without the closing empty line. */
    public List<String> environment() {
        return environment;
    }

    public List<Line> transcript() {
        return transcript;
    }

    /** The transcript in the notation of {@code shared/asterisk-agi/}, one line each. */
    public String transcriptText() {
        StringBuilder text = new StringBuilder();
        for (Line line : transcript) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** The command lines the server sent, in order. */
    public List<String> commands() {
        return linesFrom(Line.Direction.SERVER);
    }

    /** The lines sent back, in order (including {@code HANGUP} notices and usage lines). */
    public List<String> replies() {
        return linesFrom(Line.Direction.ASTERISK);
    }

    public List<Heard> heard() {
        return heard;
    }

    /** Sound files the caller heard, in order, whether or not they barged in. */
    public List<String> soundsHeard() {
        return heardAs(Heard.Medium.SOUND);
    }

    /** Texts shown to the caller (SEND TEXT), in order. */
    public List<String> textsShown() {
        return heardAs(Heard.Medium.TEXT);
    }

    /** Sound files the server asked for that the sound library does not have ({@code file [language]}). */
    public List<String> missingSounds() {
        return missingSounds;
    }

    public List<CallerInput> callerInput() {
        return callerInput;
    }

    /** Every key the caller pressed, in order, whether the channel used it or not. */
    public String keysPressed() {
        StringBuilder keys = new StringBuilder();
        for (CallerInput input : callerInput) {
            if (input.kind() == CallerAction.Kind.KEY) {
                keys.append(input.value());
            }
        }
        return keys.toString();
    }

    public List<String> textsTyped() {
        List<String> texts = new ArrayList<>();
        for (CallerInput input : callerInput) {
            if (input.kind() == CallerAction.Kind.TEXT) {
                texts.add(input.value());
            }
        }
        return texts;
    }

    /** Channel variables after the call, as the dialplan reads them, including {@code AGISTATUS}. */
    public Map<String, String> variables() {
        return variables;
    }

    public Optional<String> variable(String name) {
        if (name.equalsIgnoreCase("CHANNEL(language)")) {
            return Optional.of(language);
        }
        return Optional.ofNullable(variables.get(name));
    }

    /** {@code CHANNEL(language)} at the end of the call. */
    public String language() {
        return language;
    }

    /** What Asterisk sets {@code AGISTATUS} to: SUCCESS, FAILURE or HANGUP. */
    public String agiStatus() {
        return variables.getOrDefault("AGISTATUS", "");
    }

    public Continuation continuation() {
        return continuation;
    }

    public boolean callerHungUp() {
        return callerHungUpAtCommand > 0;
    }

    /** The command during (or just before) which the caller hung up. */
    public OptionalInt callerHungUpAtCommand() {
        return callerHungUpAtCommand > 0 ? OptionalInt.of(callerHungUpAtCommand) : OptionalInt.empty();
    }

    /** The server sent HANGUP. */
    public boolean serverHungUp() {
        return serverHungUp;
    }

    /** The server closed the connection, the normal end of an AGI session. */
    public boolean serverClosed() {
        return end == End.SERVER_CLOSED;
    }

    public End end() {
        return end;
    }

    public String endDetail() {
        return endDetail;
    }

    /** Commands Asterisk rejected (510 / 520) or that the simulator cannot simulate; empty for a clean call. */
    public List<String> protocolErrors() {
        return protocolErrors;
    }

    /** Other observations: keys nobody heard, sounds played before ANSWER, a caller who gave up. */
    public List<String> notes() {
        return notes;
    }

    /** Call time as simulated (prompts played, waits timed out), not wall-clock time. */
    public Duration callDuration() {
        return Duration.ofMillis(durationMillis);
    }

    public int commandCount() {
        return commandCount;
    }

    /**
     * The server's turnaround for each command, in nanoseconds of wall time: from the moment the last
     * line before it left here (the environment block, or the reply to the previous command) to the
     * moment the command arrived. Simulated call time (prompts playing, paced or not) is not in it.
     */
    public long[] stepTurnaroundNanos() {
        return turnaroundNanos.clone();
    }

    @Override
    public String toString() {
        return "CallRecord[" + uniqueId + ", end=" + end + ", commands=" + commandCount + ", agiStatus=" + agiStatus()
                + ", callerHungUp=" + callerHungUp() + ", serverHungUp=" + serverHungUp
                + ", protocolErrors=" + protocolErrors.size() + ", duration=" + callDuration() + "]";
    }

    private List<String> linesFrom(Line.Direction direction) {
        List<String> lines = new ArrayList<>();
        for (Line line : transcript) {
            if (line.direction() == direction) {
                lines.add(line.text());
            }
        }
        return lines;
    }

    private List<String> heardAs(Heard.Medium medium) {
        List<String> values = new ArrayList<>();
        for (Heard h : heard) {
            if (h.medium() == medium) {
                values.add(h.value());
            }
        }
        return values;
    }
}
