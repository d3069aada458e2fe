package gov.ocss.ivr.audiosocket;

import java.time.Duration;

/**
 * What the audio listener tolerates. Asterisk sends a 20 ms frame (320 bytes) every 20 ms, without
 * pause: a connection that goes quiet is a call that has ended, and anything far beyond a frame's
 * size is garbage or an attack.
 *
 * @param maxLinks         audio connections held at once; the next one is closed at once
 * @param maxFrameBytes    the largest audio message taken (Asterisk's frames are 160 to 960 bytes)
 * @param helloTimeout     time for a new connection to say which call it is (its UUID message)
 * @param idleTimeout      a connection with no audio for this long has ended
 * @param connectTimeout   how long a call waits for Asterisk to connect its audio after being asked
 */
public record AudioSocketLimits(int maxLinks, int maxFrameBytes, Duration helloTimeout, Duration idleTimeout,
                                Duration connectTimeout) {

    public static AudioSocketLimits defaults() {
        return new AudioSocketLimits(2000, 4096, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(3));
    }
}
