package gov.ocss.ivr.app.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Failed sign-ins to the staff console, counted for each user name typed and for each address they
 * came from over a sliding window: past the limit for either, sign-ins are refused, a right password
 * too, until the oldest failure leaves the window. A person who mistypes a few times is not stopped;
 * someone guessing one user's password, or many users' from one machine, is. A sign-in that succeeds
 * clears its user name's count (not its address's).
 *
 * <p>Held in memory, at most {@value #MOST_KEYS} names and addresses each (what was typed as a name may
 * be anything: it is never logged, and the oldest are let go first), and per server: with two servers a
 * guesser gets each server's allowance.
 */
final class SignInThrottle {
    private static final int MOST_KEYS = 10_000;

    private final int failuresPerName;
    private final int failuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> byName;
    private final Cache<String, Deque<Instant>> byAddress;

    SignInThrottle(int failuresPerName, int failuresPerAddress, Duration window, Clock clock) {
        this.failuresPerName = failuresPerName;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
        this.clock = clock;
        this.byName = Caffeine.newBuilder().maximumSize(MOST_KEYS).expireAfterWrite(window).build();
        this.byAddress = Caffeine.newBuilder().maximumSize(MOST_KEYS).expireAfterWrite(window).build();
    }

    /** Whether a sign-in as {@code name} from {@code address} is refused before its password is looked at. */
    boolean refuses(String name, String address) {
        Instant now = clock.instant();
        return recent(byName, key(name), now) >= failuresPerName || recent(byAddress, address, now) >= failuresPerAddress;
    }

    void failed(String name, String address) {
        Instant now = clock.instant();
        note(byName, key(name), now);
        note(byAddress, address, now);
    }

    void signedIn(String name) {
        byName.invalidate(key(name));
    }

    /** How long the sign-in page tells a refused person to wait: the whole window, the longest it can be. */
    Duration window() {
        return window;
    }

    private int recent(Cache<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant since = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private static void note(Cache<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
        // Written again so that the entry lives a whole window after its latest failure.
        failures.put(key, times);
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
