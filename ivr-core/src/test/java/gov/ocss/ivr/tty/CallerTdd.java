package gov.ocss.ivr.tty;

/**
 * The caller's TDD for a tool that holds a call's audio itself and hands it over a frame at a time:
 * what the TDD prints from the line's audio, and the sound of what its user types. {@link TddLine}
 * pulls its audio with a blocking read, a thread per call; a benchmark with thousands of calls reads
 * them all on a few threads and pushes each frame here instead.
 */
public final class CallerTdd {
    private final BaudotReceiver receiver = BaudotReceiver.tdd();

    /** One frame of the line's audio, 8 kHz 16-bit signed linear; returns what the TDD printed (often nothing). */
    public String hear(short[] frame) {
        receiver.accept(frame);
        return receiver.take();
    }

    /** Whether the last half bit heard had the line's carrier: it is sending, or holding its tone after the last character. */
    public boolean hearsCarrier() {
        return receiver.hearsCarrier();
    }

    /** The sound of {@code text} typed on a TDD at 45.45 baud, its carrier's lead-in and hold included. */
    public static short[] typing(String text) {
        return BaudotTransmitter.tdd().transmit(text);
    }
}
