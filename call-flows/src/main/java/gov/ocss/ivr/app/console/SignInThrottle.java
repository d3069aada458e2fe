package gov.ocss.ivr.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed sign-ins to the staff console, counted for each staff user and for each address they came
 * from over a sliding window: past the limit for either, sign-ins are refused, a right password too,
 * until the oldest failure leaves the window. A person who mistypes a few times is not stopped;
 * someone guessing one user's password, or many users' from one machine, is. A sign-in that succeeds
 * clears its user's count (not its address's).
 *
 * <p>Kept in the database ({@code ivr.console_sign_in_failure}), so that every server counts them
 * together: with two servers a guesser gets one allowance, not one each. A failure is kept under a
 * user's name only when the name typed is a staff user's: what else was typed into the name box may be
 * anything, a password included, and is never stored. The times are this server's clock's.
 */
final class SignInThrottle {
    private final Jdbi jdbi;
    private final int failuresPerName;
    private final int failuresPerAddress;
    private final Duration window;
    private final Clock clock;

    SignInThrottle(Jdbi jdbi, int failuresPerName, int failuresPerAddress, Duration window, Clock clock) {
        this.jdbi = jdbi;
        this.failuresPerName = failuresPerName;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether a sign-in as {@code name} from {@code address} is refused before its password is looked at. */
    boolean refuses(String name, String address) {
        Instant since = clock.instant().minus(window);
        return jdbi.withHandle(h -> h.createQuery("""
                        select (select count(*) from ivr.console_sign_in_failure
                                 where user_name = :name and failed_at > :since) >= :perName
                            or (select count(*) from ivr.console_sign_in_failure
                                 where address = :address and failed_at > :since) >= :perAddress""")
                .bind("name", key(name)).bind("address", address).bind("since", since)
                .bind("perName", failuresPerName).bind("perAddress", failuresPerAddress)
                .mapTo(Boolean.class).one());
    }

    /**
     * A sign-in from {@code address} failed; {@code user} is the staff user it named, if the name typed
     * was one. Failures that have left the window are let go at the same time.
     */
    void failed(Optional<String> user, String address) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from ivr.console_sign_in_failure where failed_at <= :since")
                    .bind("since", now.minus(window)).execute();
            h.createUpdate("insert into ivr.console_sign_in_failure (user_name, address, failed_at) values (:name, :address, :at)")
                    .bind("name", user.map(SignInThrottle::key).orElse(null)).bind("address", address).bind("at", now)
                    .execute();
        });
    }

    /** The user's failures no longer count against the user (they still count against their addresses). */
    void signedIn(String name) {
        jdbi.useHandle(h -> h.createUpdate("update ivr.console_sign_in_failure set user_name = null where user_name = :name")
                .bind("name", key(name)).execute());
    }

    /** How long the sign-in page tells a refused person to wait: the whole window, the longest it can be. */
    Duration window() {
        return window;
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
