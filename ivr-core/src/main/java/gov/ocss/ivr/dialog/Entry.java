package gov.ocss.ivr.dialog;

import java.time.Duration;
import java.util.Optional;

/**
 * How to collect one entry: how many keys at most, and how long to wait for the first key and
 * between keys. # always ends an entry early.
 *
 * @param endsWithin when set, no wait of this entry may last longer, whatever a line adds to the
 *                   time-outs (the TTY line adds the time a TDD takes to print the question): the
 *                   server's closing time
 */
public record Entry(int maxKeys, Duration firstKeyTimeout, Duration nextKeyTimeout, Optional<Duration> endsWithin) {

    public Entry(int maxKeys, Duration firstKeyTimeout, Duration nextKeyTimeout) {
        this(maxKeys, firstKeyTimeout, nextKeyTimeout, Optional.empty());
    }

    /** {@code wait}, or less if the entry must end sooner. */
    public Duration capped(Duration wait) {
        return endsWithin.filter(most -> most.compareTo(wait) < 0).orElse(wait);
    }
}
