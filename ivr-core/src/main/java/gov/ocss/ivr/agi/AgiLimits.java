package gov.ocss.ivr.agi;

import java.time.Duration;

/**
 * What the listener tolerates from whoever connects. Asterisk sends a few hundred bytes of
 * environment at once and short reply lines; anything far beyond that is garbage or an attack.
 *
 * @param maxLineBytes        longest line accepted (an environment line or a reply)
 * @param maxEnvironmentLines most lines in the environment block
 * @param environmentTimeout  time to send the whole environment block: a client that dribbles bytes is cut off
 * @param replyTimeout        longest wait for a reply to a command (must exceed the longest input time-out)
 * @param audioCallTimeout    longest wait for the reply to {@code EXEC AudioSocket}, which comes when
 *                            the call's audio connection ends: the longest a TDD call may last. The
 *                            audio connection's own idle time-out notices a silent Asterisk long before.
 */
public record AgiLimits(int maxLineBytes, int maxEnvironmentLines, Duration environmentTimeout, Duration replyTimeout,
                        Duration audioCallTimeout) {

    public AgiLimits(int maxLineBytes, int maxEnvironmentLines, Duration environmentTimeout, Duration replyTimeout) {
        this(maxLineBytes, maxEnvironmentLines, environmentTimeout, replyTimeout, Duration.ofHours(4));
    }

    public static AgiLimits defaults() {
        return new AgiLimits(8 * 1024, 128, Duration.ofSeconds(5), Duration.ofMinutes(3));
    }
}
