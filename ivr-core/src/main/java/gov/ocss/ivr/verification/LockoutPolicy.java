package gov.ocss.ivr.verification;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What happens to a case's account after a wrong PIN: the seam where lockout across calls goes.
 * {@link PinCheck} calls it after recording each failed attempt, inside the same transaction, so a
 * lock it writes to {@code ivr.account_lock} commits together with the attempt (or not at all).
 * The attempts to count are in {@code ivr.pin_attempt}: refusals while a case is already locked are
 * recorded there too, with {@code compared} false, but do not call the policy. {@link PinCheck} holds
 * the case's advisory lock for the whole transaction, so a policy sees every earlier attempt on the
 * case committed and none racing it. The standard policy is {@link AccountLockout}.
 */
@FunctionalInterface
public interface LockoutPolicy {

    /** No lockout: wrong PINs are recorded and nothing else happens. Locks already written are still honoured. */
    LockoutPolicy NONE = (handle, caseId, attemptedAt) -> Optional.empty();

    /**
     * Called after a failed PIN attempt on {@code caseId} has been recorded.
     *
     * @return the end of the lock this attempt placed, if it placed one, so the caller hears at once
     *         that the account is locked rather than a plain "no match"
     */
    Optional<Instant> afterFailedAttempt(Handle handle, long caseId, Instant attemptedAt);
}
