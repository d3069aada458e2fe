package gov.ocss.ivr.simulator;

import java.util.ArrayList;
import java.util.List;

/** Collects what happens during one call; becomes a {@link CallRecord} at the end. */
final class CallRecorder {
    final String uniqueId;
    final String channelName;
    final List<String> environment = new ArrayList<>();
    final List<CallRecord.Line> transcript = new ArrayList<>();
    final List<CallRecord.Heard> heard = new ArrayList<>();
    final List<String> missingSounds = new ArrayList<>();
    final List<CallRecord.CallerInput> callerInput = new ArrayList<>();
    final List<String> protocolErrors = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    int callerHungUpAtCommand;
    boolean serverHungUp;
    long durationMillis;
    int commandCount;
    private long[] turnaroundNanos = new long[32];
    private int turnarounds;

    CallRecorder(String uniqueId, String channelName) {
        this.uniqueId = uniqueId;
        this.channelName = channelName;
    }

    void stepTurnaround(long nanos) {
        if (turnarounds == turnaroundNanos.length) {
            turnaroundNanos = java.util.Arrays.copyOf(turnaroundNanos, turnarounds * 2);
        }
        turnaroundNanos[turnarounds++] = nanos;
    }

    long[] turnaroundNanos() {
        return java.util.Arrays.copyOf(turnaroundNanos, turnarounds);
    }

    void command(String line) {
        transcript.add(new CallRecord.Line(CallRecord.Line.Direction.SERVER, line));
    }

    void reply(String line) {
        transcript.add(new CallRecord.Line(CallRecord.Line.Direction.ASTERISK, line));
    }

    void heardSound(int command, String file) {
        heard.add(new CallRecord.Heard(command, CallRecord.Heard.Medium.SOUND, file));
    }

    void shownText(int command, String text) {
        heard.add(new CallRecord.Heard(command, CallRecord.Heard.Medium.TEXT, text));
    }

    void missingSound(String file, String language) {
        missingSounds.add(file + " [" + language + "]");
    }

    void callerDid(int command, CallerAction.Kind kind, String value, long atMillis) {
        callerInput.add(new CallRecord.CallerInput(command, kind, value, atMillis));
    }

    void protocolError(int command, String problem) {
        protocolErrors.add("command #" + command + ": " + problem);
    }

    void note(int command, String note) {
        notes.add("command #" + command + ": " + note);
    }
}
