package gov.ocss.ivr.remail;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
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
 * letter only ever goes to the address on file. Staff can queue one from the console too. The
 * {@link RemailWorker} prints the queue; staff mail it.
 *
 * <p>Stateless and thread-safe. Nothing it logs or throws carries the case number, birth date or ZIP.
 */
public class RemailRequests {
    /** What the agency promises a caller: the letter arrives within this many business days. */
    public static final int BUSINESS_DAYS_TO_ARRIVE = 7;

    private static final RemailOutcome NOT_CONFIRMED = new RemailOutcome.NotConfirmed();
    private static final String STAFF_CHANNEL = "staff";

    private final Jdbi jdbi;
    private final Clock clock;

    public RemailRequests(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Queues a letter for the one parent of the case born on {@code dateOfBirth} whose mailing address
     * is in {@code zip}, unless one is already open for them or they have had as many as the limits allow
     * (then the refusal is kept as a REFUSED request, which the console flags). One transaction: a failure
     * or a hang-up leaves a complete request or none; once this returns, the request survives a crash of
     * the database.
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
            commitDurably(h);
            Optional<Claimant> claimant = soleMatch(h, caseNumber, dateOfBirth, zip);
            if (claimant.isEmpty()) {
                return NOT_CONFIRMED;
            }
            Asker caller = new Asker(line.scriptName(), callId, null);
            RemailOutcome outcome = queueWithinLimits(h, claimant.get(), now, caller, false);
            if (outcome instanceof RemailOutcome.TooMany) {
                insert(h, claimant.get(), now, caller, "REFUSED");
            }
            return outcome;
        });
    }

    /**
     * Queues a letter for a party of a case at a member of staff's request (a parent at the counter, say),
     * with the same limits as the phone, except that a supervisor may go over the {@value RemailLimits#MOST_LETTERS}
     * letters in {@value RemailLimits#WINDOW_DAYS} days. The request and its audit record commit together.
     *
     * @throws IllegalArgumentException if the person is not a party of the case
     */
    public RemailOutcome requestForStaff(long caseId, long personId, Staff staff, StaffReason reason) {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(reason, "reason");
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            commitDurably(h);
            boolean party = h.createQuery("select exists (select 1 from ledger.case_participant where case_id = ? and person_id = ?)")
                    .bind(0, caseId).bind(1, personId).mapTo(Boolean.class).one();
            if (!party) {
                throw new IllegalArgumentException("person id " + personId + " is not a party of case id " + caseId);
            }
            Claimant claimant = new Claimant(personId, caseId);
            RemailOutcome outcome = queueWithinLimits(h, claimant, now,
                    new Asker(STAFF_CHANNEL, staff.username(), reason.text()), staff.isSupervisor());
            StaffAction action = StaffAction.of("remail_requested").outcome(outcomeCode(outcome))
                    .onCase(caseId).onPerson(personId).because(reason);
            if (outcome instanceof RemailOutcome.Queued) {
                action = action.onRequest(openRequest(h, personId).orElseThrow().id());
            }
            StaffAuditTrail.record(h, now, staff, action);
            return outcome;
        });
    }

    /**
     * The caller (or member of staff) is told "queued" as soon as the commit returns, so the commit must
     * be in the WAL by then, whatever the database's own setting: with {@code synchronous_commit} off (the
     * embedded demo database runs so, and a DBA may tune a server so) a PostgreSQL crash could otherwise
     * lose a request somebody was just promised. (The embedded database also runs with {@code fsync}
     * off, so there it survives a crash of PostgreSQL, not a power cut.)
     */
    private static void commitDurably(Handle h) {
        h.execute("set local synchronous_commit = on");
    }

    private static String outcomeCode(RemailOutcome outcome) {
        if (outcome instanceof RemailOutcome.Queued) {
            return "queued";
        }
        if (outcome instanceof RemailOutcome.AlreadyRequested) {
            return "already_requested";
        }
        return outcome instanceof RemailOutcome.TooMany ? "too_many" : "not_confirmed";
    }

    /**
     * The rules, in the order a caller hears them: a letter already on its way is news worth telling;
     * then the limit; then the new request. The person's advisory lock makes the three one step.
     */
    private static RemailOutcome queueWithinLimits(Handle h, Claimant claimant, Instant now, Asker asker, boolean mayExceedLimit) {
        RemailLimits.lockPerson(h, claimant.personId());
        Optional<OpenRequest> open = openRequest(h, claimant.personId());
        if (open.isPresent()) {
            return alreadyRequested(open.get());
        }
        LocalDate today = newYorkDate(now);
        Optional<LocalDate> possibleAgainOn = RemailLimits.possibleAgainOn(h, claimant.personId(), today);
        if (possibleAgainOn.isPresent() && !mayExceedLimit) {
            return new RemailOutcome.TooMany(possibleAgainOn.get());
        }
        if (insertUnlessOneIsOpen(h, claimant, now, asker)) {
            return new RemailOutcome.Queued(today, arrivesBy(today));
        }
        // Someone who does not take the person's lock (a direct insert, another system) queued one meanwhile.
        return alreadyRequested(openRequest(h, claimant.personId())
                // Only if the open request that blocked this one was mailed within the same instant.
                .orElseThrow(() -> new IllegalStateException(
                        "person id " + claimant.personId() + " has no open remail request, yet one blocked a new one")));
    }

    private static RemailOutcome alreadyRequested(OpenRequest open) {
        LocalDate requestedOn = newYorkDate(open.requestedAt());
        return new RemailOutcome.AlreadyRequested(requestedOn, arrivesBy(requestedOn));
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
     * {@code remail_request_one_open} decides, so of two inserts at once exactly one queues: the other
     * waits for it to commit and then inserts nothing (no error, so its transaction stays usable).
     */
    private static boolean insertUnlessOneIsOpen(Handle h, Claimant claimant, Instant now, Asker asker) {
        return insertRequest(h, claimant, now, asker, "QUEUED",
                "on conflict (person_id) where status in ('QUEUED', 'PRINTED') do nothing") == 1;
    }

    /** Keeps a request that was not queued (a REFUSED one), so staff can see it. */
    private static void insert(Handle h, Claimant claimant, Instant now, Asker asker, String status) {
        insertRequest(h, claimant, now, asker, status, "");
    }

    /** @param onConflict a fixed clause of this class, never text from a caller */
    private static int insertRequest(Handle h, Claimant claimant, Instant now, Asker asker, String status,
                                     String onConflict) {
        return h.createUpdate("""
                        insert into ivr.remail_request (person_id, case_id, requested_at, channel, requested_by, reason,
                                                        status, status_changed_at)
                        values (:personId, :caseId, :now, :channel, :requestedBy, :reason, :status, :now)
                        """ + onConflict)
                .bind("personId", claimant.personId())
                .bind("caseId", claimant.caseId())
                .bind("now", now)
                .bind("channel", asker.channel())
                .bind("requestedBy", asker.requestedBy())
                .bind("reason", asker.reason())
                .bind("status", status)
                .execute();
    }

    private static Optional<OpenRequest> openRequest(Handle h, long personId) {
        return h.createQuery("""
                        select id, requested_at from ivr.remail_request
                         where person_id = :personId and status in ('QUEUED', 'PRINTED')""")
                .bind("personId", personId)
                .map((rs, ctx) -> new OpenRequest(rs.getLong("id"), rs.getObject("requested_at", OffsetDateTime.class).toInstant()))
                .findOne();
    }

    private static LocalDate newYorkDate(Instant instant) {
        return instant.atZone(BusinessCalendar.ZONE).toLocalDate();
    }

    /** Who the letter is for, and the case they asked about. */
    private record Claimant(long personId, long caseId) {
    }

    /** Who asked: the line and the call, or staff with their user name and reason. */
    private record Asker(String channel, String requestedBy, String reason) {
    }

    private record OpenRequest(long id, Instant requestedAt) {
    }
}
