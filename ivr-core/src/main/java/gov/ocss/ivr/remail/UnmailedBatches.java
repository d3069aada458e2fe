package gov.ocss.ivr.remail;

import gov.ocss.ivr.pin.PinCredentials;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Print batches nobody marked mailed. A batch's PDF holds the new PINs of its letters, and is erased
 * when the batch is marked mailed; a batch forgotten would keep them for ever. So after {@code kept}
 * the server erases it: the PDF goes, and the batch's printed requests are cancelled with their new
 * PINs revoked. Nobody can say whether those letters went out, a PIN nobody can account for should
 * not work, and a request left open would stop the parent from asking again. The audit trail records
 * the erasure and each cancelled request, as done by the server ("system").
 *
 * <p>Supervisors are warned in the console from {@code warning} before ({@link #dueSoon()}): a batch
 * that did go out should be marked mailed, and then nothing is cancelled.
 *
 * <p>Several servers may all run {@link #eraseExpired()}: each batch is taken with SKIP LOCKED.
 */
public final class UnmailedBatches {
    private static final Logger log = LoggerFactory.getLogger(UnmailedBatches.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration kept;
    private final Duration warning;

    /**
     * @param kept    how long an unmailed batch keeps its PDF
     * @param warning how long before the erasure supervisors see the batch in the console's warning
     */
    public UnmailedBatches(Jdbi jdbi, Clock clock, Duration kept, Duration warning) {
        if (kept.isNegative() || kept.isZero() || warning.isNegative() || warning.compareTo(kept) > 0) {
            throw new IllegalArgumentException("an unmailed batch is kept a while, and the warning comes within that time");
        }
        this.jdbi = jdbi;
        this.clock = clock;
        this.kept = kept;
        this.warning = warning;
    }

    /** A batch not yet marked mailed whose PDF will be erased at {@code erasedAt}. */
    public record DueSoon(long batchId, Instant printedAt, int letters, Instant erasedAt) {
    }

    /** How long an unmailed batch keeps its PDF. */
    public Duration kept() {
        return kept;
    }

    /** When an unmailed batch printed at {@code printedAt} is erased. */
    public Instant erasedAt(Instant printedAt) {
        return printedAt.plus(kept);
    }

    /** The unmailed batches to be erased within the warning time, soonest first. */
    public List<DueSoon> dueSoon() {
        Instant printedBefore = clock.instant().minus(kept).plus(warning);
        return jdbi.withHandle(h -> h.createQuery("""
                        select id, created_at, letters from ivr.print_batch
                         where mailed_at is null and document is not null and created_at < :printedBefore
                         order by created_at, id""")
                .bind("printedBefore", printedBefore)
                .map((rs, ctx) -> {
                    Instant printedAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
                    return new DueSoon(rs.getLong("id"), printedAt, rs.getInt("letters"), erasedAt(printedAt));
                })
                .list());
    }

    /** Erases every unmailed batch kept its full time, each in a transaction of its own; how many. */
    public int eraseExpired() {
        int erased = 0;
        while (eraseOne()) {
            erased++;
        }
        return erased;
    }

    private boolean eraseOne() {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            var batch = h.createQuery("""
                            select id from ivr.print_batch
                             where mailed_at is null and document is not null and created_at < :printedBefore
                             order by created_at, id limit 1
                               for update skip locked""")
                    .bind("printedBefore", now.minus(kept))
                    .mapTo(Long.class)
                    .findOne();
            if (batch.isEmpty()) {
                return false;
            }
            long batchId = batch.get();
            h.createUpdate("update ivr.print_batch set document = null, erased_at = :now where id = :id")
                    .bind("now", now).bind("id", batchId)
                    .execute();
            int cancelled = cancelPrintedRequests(h, batchId, now);
            StaffAuditTrail.recordBySystem(h, now, StaffAction.of("batch_erased").outcome("not_mailed").onBatch(batchId));
            log.warn("Print batch {} was never marked mailed: its PDF is erased, and its {} printed request{} cancelled "
                    + "with the new PINs revoked", batchId, cancelled, cancelled == 1 ? "" : "s");
            return true;
        });
    }

    private static int cancelPrintedRequests(Handle h, long batchId, Instant now) {
        List<Printed> printed = h.createQuery("""
                        update ivr.remail_request set status = 'CANCELLED', status_changed_at = :now
                         where print_batch_id = :id and status = 'PRINTED'
                        returning id, case_id, person_id, pin_credential_id""")
                .bind("now", now).bind("id", batchId)
                .map((rs, ctx) -> new Printed(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("person_id"),
                        rs.getLong("pin_credential_id")))
                .list();
        for (Printed request : printed) {
            PinCredentials.revokeIfPending(h, request.credentialId(), now);
            StaffAuditTrail.recordBySystem(h, now, StaffAction.of("remail_cancelled").outcome("batch_not_mailed")
                    .onRequest(request.id()).onCase(request.caseId()).onPerson(request.personId()).onBatch(batchId));
        }
        return printed.size();
    }

    private record Printed(long id, long caseId, long personId, long credentialId) {
    }
}
