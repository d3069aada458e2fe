package gov.ocss.ivr.simulator;

import java.util.List;
import java.util.OptionalLong;

/**
 * The Asterisk channel of one simulated call and the caller on it. Time is simulated: a call
 * clock in milliseconds moves forward only while the channel plays or waits, so a call that would
 * take minutes runs in microseconds. What the caller does is scheduled on that clock and consumed
 * by the commands the way Asterisk would: keys by DTMF readers, text by RECEIVE TEXT, and a
 * hang-up by whatever runs when it happens. Not thread-safe: one call, one thread.
 */
final class SimulatedChannel {
    /** How long a silent caller stays on an endless wait before giving up. */
    static final long CALLER_PATIENCE_MILLIS = 30_000;

    /** A finished playback: stopped by a key, by the caller hanging up, or played to the end. */
    record Playback(Outcome outcome, char key, long elapsedMillis) {
        enum Outcome { FINISHED, INTERRUPTED, HUNG_UP }
    }

    private final String name;
    private final SoundLibrary sounds;
    private final SimulatedCaller caller;
    private final CallRecorder record;
    private final ChannelVariables variables;
    private final KeyBuffer keys = new KeyBuffer();
    private final TextInbox texts = new TextInbox();

    private long now;
    private long hangUpAt = Long.MAX_VALUE;
    private int command;
    private String commandLine = "";
    private int inputs;
    private boolean consulted;
    private boolean answered;
    private boolean hungUp;
    private boolean dead;
    private boolean hangupNoticePending;
    private boolean earlyMediaNoted;

    SimulatedChannel(CallSetup setup, String name, String uniqueId, SoundLibrary sounds, SimulatedCaller caller, CallRecorder record) {
        this.name = name;
        this.sounds = sounds;
        this.caller = caller;
        this.record = record;
        this.variables = new ChannelVariables(setup, name, uniqueId, this::note);
    }

    // ---- the command cycle, driven by AgiSession

    /** A hang-up the caller planned for before this moment has happened by now. */
    void beginCommand(int number, String line) {
        command = number;
        commandLine = line;
        consulted = false;
        if (!hungUp && hangUpAt <= now) {
            callerHangsUp(Math.max(now, hangUpAt));
        }
    }

    /**
     * Whether the {@code HANGUP} notice is due now. Asterisk sends it once, as soon as it notices
     * the hang-up between commands; from then on the channel is dead for AGI.
     */
    boolean takeHangupNotice() {
        if (!hangupNoticePending) {
            return false;
        }
        hangupNoticePending = false;
        dead = true;
        return true;
    }

    /** After a command ran: the caller is asked about commands that did not ask, and unheard input is lost. */
    void endCommand(boolean executed) {
        if (executed && !consulted && !hungUp) {
            askCaller(CallerTurn.Kind.OTHER, List.of(), "", "", 0, 0);
        }
        int lost = keys.dropBefore(now) + keys.takeDiscarded();
        if (lost > 0 && !hungUp) {
            note(lost + " key(s) pressed were not taken by anything on the channel and are lost");
        }
        int lostTexts = texts.dropBefore(now);
        if (lostTexts > 0) {
            note(lostTexts + " line(s) of text arrived while no RECEIVE TEXT ran and were lost");
        }
    }

    // ---- asking the caller

    /** Tells the caller what the channel is about to do and schedules what they do in answer. */
    void askCaller(CallerTurn.Kind kind, List<CallerTurn.Sound> heard, String text, String escapeDigits,
                   long timeoutMillis, int maxDigits) {
        if (hungUp) {
            return;
        }
        consulted = true;
        boolean input = kind == CallerTurn.Kind.DIGITS || kind == CallerTurn.Kind.TEXT_WANTED;
        CallerTurn turn = new CallerTurn(command, commandLine, kind, heard, text, escapeDigits, input ? ++inputs : 0,
                timeoutMillis, maxDigits, variables.language());
        schedule(caller.onTurn(turn));
    }

    private void schedule(CallerAction action) {
        if (action == null || action.isSilence()) {
            return;
        }
        for (CallerAction.Event event : action.events()) {
            long at = now + event.atMillis();
            switch (event.kind()) {
                case KEY -> {
                    keys.press(event.value().charAt(0), at);
                    record.callerDid(command, CallerAction.Kind.KEY, event.value(), at);
                }
                case TEXT -> {
                    texts.arrive(event.value(), at);
                    record.callerDid(command, CallerAction.Kind.TEXT, event.value(), at);
                }
                case HANG_UP -> {
                    hangUpAt = Math.min(hangUpAt, at);
                    record.callerDid(command, CallerAction.Kind.HANG_UP, "", at);
                }
            }
        }
    }

    // ---- what commands do on the channel

    /** Length in samples of a sound in the channel language; a missing one is recorded. */
    OptionalLong soundSamples(String file) {
        OptionalLong samples = sounds.samples(file, variables.language());
        if (samples.isEmpty()) {
            record.missingSound(file, variables.language());
        }
        return samples;
    }

    boolean saysNumbers() {
        return sounds.saysNumbers(variables.language());
    }

    void hear(String file) {
        if (!answered && !earlyMediaNoted) {
            earlyMediaNoted = true;
            note("sound played before ANSWER (early media: a carrier may not pass it to the caller)");
        }
        record.heardSound(command, file);
    }

    void show(String text) {
        record.shownText(command, text);
    }

    /**
     * Plays for {@code millis}; the first key in {@code escapeDigits} stops it (other keys are
     * thrown away), and so does the caller hanging up.
     */
    Playback play(String escapeDigits, long millis) {
        long start = now;
        long end = start + millis;
        KeyBuffer.Key key = escapeDigits.isEmpty() ? null : keys.takeEscapeBefore(escapeDigits, DigitEntry.until(end, hangUpAt));
        if (key != null) {
            now = Math.max(start, key.at());
            return new Playback(Playback.Outcome.INTERRUPTED, key.key(), now - start);
        }
        if (hangUpAt < end) {
            callerHangsUp(Math.max(start, hangUpAt));
            return new Playback(Playback.Outcome.HUNG_UP, (char) 0, now - start);
        }
        now = end;
        return new Playback(Playback.Outcome.FINISHED, (char) 0, millis);
    }

    /** WAIT FOR DIGIT: the key's code, 0 when the wait ran out, -1 when the caller hung up. */
    int waitForKey(long timeoutMillis) {
        if (timeoutMillis == 0) {
            return 0; // ast_waitfordigit with 0 ms returns at once without reading
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : now + timeoutMillis;
        KeyBuffer.Key key = keys.takeAnyBefore(DigitEntry.until(deadline, hangUpAt));
        if (key != null) {
            now = Math.max(now, key.at());
            return key.key();
        }
        if (hangUpAt < deadline) {
            callerHangsUp(Math.max(now, hangUpAt));
            return -1;
        }
        if (deadline == Long.MAX_VALUE) {
            callerGivesUp();
            return -1;
        }
        now = deadline;
        return 0;
    }

    /** GET DATA after its prompt started playing. */
    DigitEntry.Result readDigits(long promptMillis, long firstTimeout, long nextTimeout, int maxDigits) {
        DigitEntry.Result result = DigitEntry.read(keys, now, promptMillis, firstTimeout, nextTimeout, maxDigits, hangUpAt);
        switch (result.outcome()) {
            case HANGUP -> callerHangsUp(result.endMillis());
            case GAVE_UP -> {
                now = result.endMillis();
                callerGivesUp();
            }
            default -> now = result.endMillis();
        }
        return result;
    }

    /** RECEIVE TEXT: the line typed, or null on timeout or hang-up. Negative waits forever, 0 not at all. */
    String receiveText(long timeoutMillis) {
        if (timeoutMillis == 0) {
            return null; // ast_recvtext with 0 ms gives up before reading anything
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : now + timeoutMillis;
        TextInbox.Text text = texts.takeBefore(DigitEntry.until(deadline, hangUpAt));
        if (text != null) {
            now = Math.max(now, text.at());
            return text.text();
        }
        if (hangUpAt < deadline) {
            callerHangsUp(Math.max(now, hangUpAt));
        } else if (deadline == Long.MAX_VALUE) {
            callerGivesUp();
        } else {
            now = deadline;
        }
        return null;
    }

    /** Silence on the line for {@code millis}; false when the caller hung up meanwhile. */
    boolean pause(long millis) {
        if (hangUpAt < now + millis) {
            callerHangsUp(Math.max(now, hangUpAt));
            return false;
        }
        now += millis;
        return true;
    }

    void answer() {
        answered = true;
        variables.answered();
    }

    boolean isAnswered() {
        return answered;
    }

    /** The server hung up (HANGUP): Asterisk notices it before the next command, like a caller hang-up. */
    void serverHangsUp() {
        if (!hungUp) {
            hungUp = true;
            hangupNoticePending = true;
            variables.hungUp();
            record.serverHungUp = true;
        }
    }

    boolean isHungUp() {
        return hungUp;
    }

    boolean isDead() {
        return dead;
    }

    long now() {
        return now;
    }

    int commandNumber() {
        return command;
    }

    String name() {
        return name;
    }

    ChannelVariables variables() {
        return variables;
    }

    void note(String note) {
        record.note(command, note);
    }

    void protocolError(String problem) {
        record.protocolError(command, problem);
    }

    private void callerHangsUp(long at) {
        now = Math.max(now, at);
        if (!hungUp) {
            hungUp = true;
            hangupNoticePending = true;
            variables.hungUp();
            record.callerHungUpAtCommand = command;
        }
    }

    private void callerGivesUp() {
        note("the channel waits forever and the caller has nothing more to do: they hang up after "
                + CALLER_PATIENCE_MILLIS / 1000 + " s");
        now += CALLER_PATIENCE_MILLIS;
        record.callerDid(command, CallerAction.Kind.HANG_UP, "", now);
        callerHangsUp(now);
    }
}
