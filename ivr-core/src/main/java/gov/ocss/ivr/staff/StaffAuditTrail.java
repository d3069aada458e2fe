package gov.ocss.ivr.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The record of what staff did in the console ({@code ivr.staff_action}): who, when, what, on which
 * case, person, request or batch, and why. An action that changes something records itself in its
 * own transaction ({@link #record(Handle, Instant, Staff, StaffAction)}), so the change and its record
 * commit together or not at all. Rows are only ever added.
 *
 * <p>Stateless and thread-safe.
 */
public class StaffAuditTrail {
    private final Jdbi jdbi;
    private final Clock clock;

    public StaffAuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records an action that changed nothing in the database (a case looked at, a batch downloaded, a login). */
    public void record(Staff staff, StaffAction action) {
        jdbi.useHandle(h -> record(h, clock.instant(), staff, action));
    }

    /** Records a refused or failed attempt by someone who is not (or not yet) known as staff, such as a failed login. */
    public void recordUnknown(String username, StaffAction action) {
        jdbi.useHandle(h -> insert(h, clock.instant(), username, "unknown", action));
    }

    /** Records {@code action} inside the caller's transaction. */
    public static void record(Handle h, Instant at, Staff staff, StaffAction action) {
        insert(h, at, staff.username(), staff.role().code(), action);
    }

    /** Records {@code action} done by the server itself (user and role "system"), inside the caller's transaction. */
    public static void recordBySystem(Handle h, Instant at, StaffAction action) {
        insert(h, at, "system", "system", action);
    }

    private static void insert(Handle h, Instant at, String username, String role, StaffAction action) {
        h.createUpdate("""
                        insert into ivr.staff_action (at, staff_user, staff_role, action, outcome, case_id, person_id,
                                                      remail_request_id, print_batch_id, reason)
                        values (:at, :user, :role, :action, :outcome, :caseId, :personId, :requestId, :batchId, :reason)""")
                .bind("at", at)
                .bind("user", username)
                .bind("role", role)
                .bind("action", action.action())
                .bind("outcome", action.outcome())
                .bind("caseId", action.caseId())
                .bind("personId", action.personId())
                .bind("requestId", action.remailRequestId())
                .bind("batchId", action.printBatchId())
                .bind("reason", action.reason())
                .execute();
    }

    /**
     * The latest entries, newest first, optionally only those by one user or on one case.
     *
     * @param limit at most this many
     */
    public List<Entry> latest(Optional<String> byUser, Optional<Long> onCase, int limit) {
        return latest(byUser, onCase, OptionalLong.empty(), limit);
    }

    /**
     * The same, from the entry older than {@code before} (an entry's id): the next page of a long trail,
     * which new entries arriving meanwhile do not shift.
     */
    public List<Entry> latest(Optional<String> byUser, Optional<Long> onCase, OptionalLong before, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select a.id, a.at, a.staff_user, a.staff_role, a.action, a.outcome, a.case_id, sc.case_number,
                               a.person_id, p.first_name || ' ' || p.last_name as person_name, a.remail_request_id,
                               a.print_batch_id, a.reason
                          from ivr.staff_action a
                          left join ledger.support_case sc on sc.id = a.case_id
                          left join ledger.person p on p.id = a.person_id
                         where (cast(:user as text) is null or a.staff_user = :user)
                           and (cast(:caseId as bigint) is null or a.case_id = :caseId)
                           and (cast(:before as bigint) is null or a.id < :before)
                         order by a.id desc
                         limit :limit""")
                .bind("user", byUser.orElse(null))
                .bind("caseId", onCase.orElse(null))
                .bind("before", before.isPresent() ? before.getAsLong() : null)
                .bind("limit", limit)
                .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("staff_user"), rs.getString("staff_role"), rs.getString("action"),
                        rs.getString("outcome"), (Long) rs.getObject("case_id"), rs.getString("case_number"),
                        (Long) rs.getObject("person_id"), rs.getString("person_name"), (Long) rs.getObject("remail_request_id"),
                        (Long) rs.getObject("print_batch_id"), rs.getString("reason")))
                .list());
    }

    /** One line of the trail, with the case's number and the person's name while they are still in the ledger. */
    public record Entry(long id, Instant at, String staffUser, String staffRole, String action, String outcome,
                        Long caseId, String caseNumber, Long personId, String personName, Long remailRequestId,
                        Long printBatchId, String reason) {
    }
}
