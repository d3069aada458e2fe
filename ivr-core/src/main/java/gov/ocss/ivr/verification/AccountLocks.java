package gov.ocss.ivr.verification;

import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A case's phone lock ({@code ivr.account_lock}) as staff see it, and a supervisor clearing it, say once
 * they have checked who is calling. Clearing ends the lock now but keeps its count, so a lockout policy
 * that lengthens repeated locks still knows.
 */
public class AccountLocks {
    private final Jdbi jdbi;
    private final Clock clock;

    public AccountLocks(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A lock in force, and the failed PIN attempts on the case in the last day. */
    public record Lock(Instant lockedAt, Instant lockedUntil, int lockCount) {
    }

    public Optional<Lock> current(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select locked_at, locked_until, lock_count from ivr.account_lock
                         where case_id = :caseId and locked_until > :now""")
                .bind("caseId", caseId)
                .bind("now", clock.instant())
                .map((rs, ctx) -> new Lock(rs.getObject("locked_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("locked_until", OffsetDateTime.class).toInstant(), rs.getInt("lock_count")))
                .findOne());
    }

    /** Failed PIN attempts on the case in the 24 hours before now. */
    public int failedAttemptsInLastDay(long caseId) {
        Instant now = clock.instant();
        return jdbi.withHandle(h -> h.createQuery("""
                        select count(*) from ivr.pin_attempt
                         where case_id = :caseId and not succeeded and attempted_at > :since""")
                .bind("caseId", caseId)
                .bind("since", now.minusSeconds(24 * 3600))
                .mapTo(Integer.class)
                .one());
    }

    /** Ends the case's lock now (supervisors only); whether there was one to end. Recorded with the reason. */
    public boolean clear(Staff staff, long caseId, StaffReason reason) {
        staff.mustBeSupervisor("clear an account lock");
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            boolean cleared = h.createUpdate("""
                            update ivr.account_lock set locked_until = :now
                             where case_id = :caseId and locked_until > :now""")
                    .bind("now", now).bind("caseId", caseId)
                    .execute() == 1;
            StaffAuditTrail.record(h, now, staff, StaffAction.of("lock_cleared")
                    .outcome(cleared ? StaffAction.DONE : "not_locked").onCase(caseId).because(reason));
            return cleared;
        });
    }
}
