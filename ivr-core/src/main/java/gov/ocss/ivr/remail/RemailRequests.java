package gov.ocss.ivr.remail;

import gov.ocss.ivr.call.Line;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.CaseNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Queues a PIN-letter remail for a caller who lost their letter. No PIN needed: the caller proves who
 * they are with the case number, their date of birth and the ZIP of their mailing address, and the
 * letter only ever goes to the address on file. Staff print and mail the queue.
 *
 * <p>Stateless and thread-safe. Nothing it logs or throws carries the case number, birth date or ZIP.
 */
public class RemailRequests {
    /** What the agency promises a caller: the letter arrives within this many business days. */
    public static final int BUSINESS_DAYS_TO_ARRIVE = 7;

    private static final RemailOutcome NOT_CONFIRMED = new RemailOutcome.NotConfirmed();

    private final Jdbi jdbi;
    private final Clock clock;

    public RemailRequests(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Queues a letter for the one parent of the case born on {@code dateOfBirth} whose mailing address
     * is in {@code zip}, unless one is already open for them. One transaction: a failure or a hang-up
     * leaves a complete request or none.
     *
     * @param callId the call's Asterisk unique id, kept as who asked for the letter
     */
    public RemailOutcome request(CaseNumber caseNumber, LocalDate dateOfBirth, String zip, Line line, String callId) {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(callId, "callId");
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Optional<Claimant> claimant = soleMatch(h, caseNumber, dateOfBirth, zip);
            if (claimant.isEmpty()) {
                return NOT_CONFIRMED;
            }
            if (queueUnlessOneIsOpen(h, claimant.get(), now, line, callId)) {
                LocalDate requestedOn = newYorkDate(now);
                return new RemailOutcome.Queued(requestedOn, arrivesBy(requestedOn));
            }
            LocalDate requestedOn = newYorkDate(openRequestTime(h, claimant.get()));
            return new RemailOutcome.AlreadyRequested(requestedOn, arrivesBy(requestedOn));
        });
    }

    public static LocalDate arrivesBy(LocalDate requestedOn) {
        return BusinessDays.after(requestedOn, BUSINESS_DAYS_TO_ARRIVE);
    }

    /**
     * The parent of the case with this birth date and ZIP, if exactly one has them. If both parents have
     * them (rare, or a data error), the line cannot tell whose letter is wanted and queues none.
     */
    private static Optional<Claimant> soleMatch(Handle h, CaseNumber caseNumber, LocalDate dateOfBirth, String zip) {
        List<Claimant> matches = h.createQuery("""
                        select cp.person_id, cp.case_id
                          from ledger.support_case sc
                          join ledger.case_participant cp on cp.case_id = sc.id
                          join ledger.person p on p.id = cp.person_id
                         where sc.case_number = :caseNumber and p.date_of_birth = :dateOfBirth and p.zip = :zip""")
                .bind("caseNumber", caseNumber.digits())
                .bind("dateOfBirth", dateOfBirth)
                .bind("zip", zip)
                .map((rs, ctx) -> new Claimant(rs.getLong("person_id"), rs.getLong("case_id")))
                .list();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * Inserts a QUEUED request unless the person has an open one. The unique index
     * {@code remail_request_one_open} decides, so of two calls at once exactly one queues: the other
     * waits for it to commit and then inserts nothing (no error, so its transaction stays usable).
     */
    private static boolean queueUnlessOneIsOpen(Handle h, Claimant claimant, Instant now, Line line, String callId) {
        return h.createUpdate("""
                        insert into ivr.remail_request (person_id, case_id, requested_at, channel, requested_by, status,
                                                        status_changed_at)
                        values (:personId, :caseId, :now, :channel, :callId, 'QUEUED', :now)
                        on conflict (person_id) where status in ('QUEUED', 'PRINTED') do nothing""")
                .bind("personId", claimant.personId())
                .bind("caseId", claimant.caseId())
                .bind("now", now)
                .bind("channel", line.scriptName())
                .bind("callId", callId)
                .execute() == 1;
    }

    private static Instant openRequestTime(Handle h, Claimant claimant) {
        return h.createQuery("""
                        select requested_at from ivr.remail_request
                         where person_id = :personId and status in ('QUEUED', 'PRINTED')""")
                .bind("personId", claimant.personId())
                .map((rs, ctx) -> rs.getObject("requested_at", OffsetDateTime.class).toInstant())
                .findOne()
                // Only if the open request that blocked this one was mailed within the same instant.
                .orElseThrow(() -> new IllegalStateException(
                        "person id " + claimant.personId() + " has no open remail request, yet one blocked a new one"));
    }

    private static LocalDate newYorkDate(Instant instant) {
        return instant.atZone(BusinessCalendar.ZONE).toLocalDate();
    }

    /** Who the letter is for, and the case they asked about. */
    private record Claimant(long personId, long caseId) {
    }
}
