package gov.ocss.ivr.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The lockout that holds across calls, lines and servers, because it is counted in PostgreSQL: after
 * {@code failures} wrong PINs in a row on a case, phone access to it is locked for {@code firstLock};
 * each further lock lasts twice the one before, up to {@code longestLock}. A right PIN starts both
 * counts again.
 *
 * <p>"In a row" counts the PINs compared since the later of the last right PIN and the end of the
 * last lock (a supervisor clearing a lock ends it then). Refusals while locked compared nothing and
 * do not count. {@link PinCheck} holds the case's advisory lock around the whole check, so two calls
 * guessing at once are counted one after the other and the fifth wrong PIN is always the last.
 */
public final class AccountLockout implements LockoutPolicy {
    private final int failures;
    private final Duration firstLock;
    private final Duration longestLock;

    public AccountLockout(int failures, Duration firstLock, Duration longestLock) {
        if (failures < 1) {
            throw new IllegalArgumentException("an account locks after 1 or more wrong PINs, not " + failures);
        }
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("a lock lasts more than nothing, and the longest lock no less than the first");
        }
        this.failures = failures;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    /** 5 wrong PINs; 30 minutes, then 1 hour, 2, 4, 8, 16, and 24 hours at most. */
    public static AccountLockout standard() {
        return new AccountLockout(5, Duration.ofMinutes(30), Duration.ofHours(24));
    }

    @Override
    public Optional<Instant> afterFailedAttempt(Handle h, long caseId, Instant attemptedAt) {
        Optional<PreviousLock> previous = previousLock(h, caseId);
        Optional<Success> lastSuccess = lastSuccess(h, caseId);
        if (wrongPinsSince(h, caseId, lastSuccess, previous) < failures) {
            return Optional.empty();
        }
        // A right PIN since the last lock means this is a fresh start, not a repeat offence.
        boolean repeat = previous.isPresent() && lastSuccess.map(success -> success.at().isBefore(previous.get().until())).orElse(true);
        int lockCount = repeat ? previous.get().count() + 1 : 1;
        Instant until = attemptedAt.plus(lengthOf(lockCount));
        h.createUpdate("""
                        insert into ivr.account_lock (case_id, locked_until, lock_count, locked_at)
                        values (:caseId, :until, :count, :at)
                        on conflict (case_id) do update
                           set locked_until = excluded.locked_until, lock_count = excluded.lock_count, locked_at = excluded.locked_at""")
                .bind("caseId", caseId)
                .bind("until", until)
                .bind("count", lockCount)
                .bind("at", attemptedAt)
                .execute();
        return Optional.of(until);
    }

    /** How long the {@code lockCount}-th lock in a row lasts. */
    Duration lengthOf(int lockCount) {
        Duration length = firstLock;
        for (int i = 1; i < lockCount && length.compareTo(longestLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(longestLock) > 0 ? longestLock : length;
    }

    private record PreviousLock(Instant until, int count) {
    }

    private static Optional<PreviousLock> previousLock(Handle h, long caseId) {
        return h.createQuery("select locked_until, lock_count from ivr.account_lock where case_id = :caseId")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new PreviousLock(rs.getObject("locked_until", OffsetDateTime.class).toInstant(), rs.getInt("lock_count")))
                .findOne();
    }

    /** The last right PIN: its id orders it among attempts made in the same instant. */
    private record Success(long id, Instant at) {
    }

    private static Optional<Success> lastSuccess(Handle h, long caseId) {
        return h.createQuery("""
                        select id, attempted_at from ivr.pin_attempt
                         where case_id = :caseId and succeeded order by id desc limit 1""")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new Success(rs.getLong("id"), rs.getObject("attempted_at", OffsetDateTime.class).toInstant()))
                .findOne();
    }

    private static int wrongPinsSince(Handle h, long caseId, Optional<Success> lastSuccess, Optional<PreviousLock> previous) {
        return h.createQuery("""
                        select count(*) from ivr.pin_attempt
                         where case_id = :caseId and not succeeded and compared
                           and id > :afterId and attempted_at >= :lockEnded""")
                .bind("caseId", caseId)
                .bind("afterId", lastSuccess.map(Success::id).orElse(0L))
                .bind("lockEnded", previous.map(PreviousLock::until).orElse(Instant.EPOCH))
                .mapTo(Integer.class)
                .one();
    }
}
