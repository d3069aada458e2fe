package gov.ocss.ivr.agi;

import java.time.Duration;
import java.util.Optional;

/**
 * When the server stops talking to callers. The listener sets it as it stops taking calls; every
 * call reads it before each prompt and each wait for the caller. A call cannot be interrupted in
 * the middle of an AGI command (Asterisk reads nothing from us until the command ends, and
 * interrupting the call's thread could close its socket), so the call itself must look: a wait
 * is shortened to end by closing time, and once it has come the call says goodbye instead of its
 * next prompt. One per server, shared by the listener and its calls; thread-safe.
 */
public final class ClosingTime {
    /** System.nanoTime() at closing time; meaningful only once {@link #closing} is set. */
    private volatile long deadline;
    private volatile boolean closing;

    /** Calls have {@code grace} from now to finish. Only the first call counts: closing time never moves. */
    public synchronized void closeIn(Duration grace) {
        if (!closing) {
            deadline = System.nanoTime() + grace.toNanos();
            closing = true;
        }
    }

    /** Whether the server is stopping: calls are finishing, no new call comes. */
    public boolean isClosing() {
        return closing;
    }

    /** Whether the grace is over: a call still running says goodbye now. */
    public boolean hasCome() {
        return closing && System.nanoTime() - deadline >= 0;
    }

    /** How long until closing time; empty while the server is not stopping. Zero or less once it has come. */
    public Optional<Duration> left() {
        return closing ? Optional.of(Duration.ofNanos(deadline - System.nanoTime())) : Optional.empty();
    }
}
