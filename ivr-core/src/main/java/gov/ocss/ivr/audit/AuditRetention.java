package gov.ocss.ivr.audit;

import gov.ocss.ivr.ledger.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases audit records older than the retention period: the calls' records ({@code ivr.call_audit}),
 * the PIN attempts ({@code ivr.pin_attempt}, which hold caller numbers) and the staff's actions
 * ({@code ivr.staff_action}). The PIN lockout and throttle look back a day at most, so they lose nothing. The agency keeps them as long as its records
 * schedule says (45 CFR 307.13 requires the trail, 45 CFR 75.361 sets three years as the floor for
 * records), and no longer, since each record says who called about which case and when.
 *
 * <p>Deletes in slices, each its own short transaction, so a first purge of years of records never
 * holds locks long enough to delay a call's audit insert.
 */
public final class AuditRetention {
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final int ROWS_PER_SLICE = 10_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Period keep;

    public AuditRetention(Jdbi jdbi, Clock clock, Period keep) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("an audit retention period must be longer than zero: " + keep);
        }
        this.jdbi = jdbi;
        this.clock = clock;
        this.keep = Objects.requireNonNull(keep);
    }

    /** How many records of each kind a purge erased. */
    public record Purged(long calls, long pinAttempts, long staffActions) {
    }

    /** Erases what is older than the retention period, counted from now in New York. */
    public Purged purge() {
        Instant cutoff = clock.instant().atZone(BusinessCalendar.ZONE).minus(keep).toInstant();
        long calls = purge("ivr.call_audit", "started_at", cutoff);
        long pinAttempts = purge("ivr.pin_attempt", "attempted_at", cutoff);
        long staffActions = purge("ivr.staff_action", "at", cutoff);
        if (calls > 0 || pinAttempts > 0 || staffActions > 0) {
            log.info("Erased audit records from before {} (kept for {}): {} calls, {} PIN attempts, {} staff actions", cutoff,
                    keep, calls, pinAttempts, staffActions);
        }
        return new Purged(calls, pinAttempts, staffActions);
    }

    private long purge(String table, String timeColumn, Instant cutoff) {
        // Table and column are this class's constants, never input.
        String slice = "delete from " + table + " where id in (select id from " + table + " where " + timeColumn
                + " < :cutoff limit " + ROWS_PER_SLICE + ")";
        long erased = 0;
        int deleted;
        do {
            deleted = jdbi.withHandle(h -> h.createUpdate(slice).bind("cutoff", cutoff).execute());
            erased += deleted;
        } while (deleted == ROWS_PER_SLICE);
        return erased;
    }
}
