package gov.ocss.ivr.verification;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.ledger.Participant;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.ledger.SupportCase;
import gov.ocss.ivr.pin.PinCredential;
import gov.ocss.ivr.pin.PinStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What a {@link PinCheck} decides on, read in one statement ({@code ivr.pin_check_facts}, migration V7):
 * whether the caller's number is throttled, the case, its account lock, and its parents' live
 * credentials. The function takes the caller's and then the case's advisory lock, held to the end of
 * the check's transaction, before it reads what they guard; so the check sees every earlier check on
 * the case or number committed, as when it read them statement by statement.
 *
 * <p>Only what the rules need is read: nothing past a throttle, nothing past a lock.
 */
record CheckFacts(Optional<Instant> throttledUntil, Optional<SupportCase> supportCase, Optional<Instant> lockedUntil,
                  List<Credential> credentials) {

    /** A participant's ACTIVE or PENDING PIN credential; the check's decoy has no holder. */
    record Credential(Participant holder, PinCredential stored) {
        long personId() {
            return stored.personId();
        }
    }

    static CheckFacts read(Handle h, CaseNumber caseNumber, CallerNumber caller, CallerThrottle throttle, Instant now) {
        List<Row> rows = h.createQuery("select * from ivr.pin_check_facts(:caller, :since, :skip, :caseNumber, :now)")
                .bind("caller", throttle.attemptKey(caller).orElse(null))
                .bind("since", throttle.windowStart(now))
                .bind("skip", throttle.failuresBeforeThrottled())
                .bind("caseNumber", caseNumber.digits())
                .bind("now", now)
                .map((rs, ctx) -> Row.of(rs, caseNumber))
                .list();
        Row first = rows.get(0);
        Optional<Instant> throttledUntil = first.throttleFailureAt().map(throttle::throttledUntil);
        List<Credential> credentials = new ArrayList<>();
        for (Row row : rows) {
            row.credential().ifPresent(credentials::add);
        }
        return new CheckFacts(throttledUntil, first.supportCase(), first.lockedUntil(), credentials);
    }

    private record Row(Optional<Instant> throttleFailureAt, Optional<SupportCase> supportCase, Optional<Instant> lockedUntil,
                       Optional<Credential> credential) {

        static Row of(ResultSet rs, CaseNumber caseNumber) throws SQLException {
            Optional<SupportCase> supportCase = CheckFacts.supportCase(rs, caseNumber);
            Optional<Credential> credential = Optional.empty();
            long credentialId = rs.getLong("credential_id");
            if (!rs.wasNull()) {
                Participant holder = participant(rs, supportCase.orElseThrow().id());
                credential = Optional.of(new Credential(holder, new PinCredential(credentialId, holder.personId(),
                        PinStatus.valueOf(rs.getString("status")), rs.getBytes("pin_hash"), rs.getInt("key_version"))));
            }
            return new Row(instant(rs, "throttle_failure_at"), supportCase, instant(rs, "locked_until"), credential);
        }
    }

    /*
     * The columns ivr.pin_check_facts and ivr.pin_check_known both answer with, read one way
     * (KnownCaseCheck reads its rows with these too).
     */

    /** The case of columns case_id and office_id; none when case_id is null. */
    static Optional<SupportCase> supportCase(ResultSet rs, CaseNumber caseNumber) throws SQLException {
        long caseId = rs.getLong("case_id");
        return rs.wasNull() ? Optional.empty() : Optional.of(new SupportCase(caseId, caseNumber, rs.getInt("office_id")));
    }

    /** The parent of columns person_id, role, first_name, last_name and preferred_language, on that case. */
    static Participant participant(ResultSet rs, long caseId) throws SQLException {
        return new Participant(rs.getLong("person_id"), caseId, Role.valueOf(rs.getString("role")),
                rs.getString("first_name"), rs.getString("last_name"),
                Language.fromCode(rs.getString("preferred_language")).orElse(Language.ENGLISH));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
