package gov.ocss.ivr.verification;

import gov.ocss.ivr.call.Line;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Participant;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.ledger.SupportCase;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.prompts.Language;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a case number and 5-digit PIN the way the web portal does: the PIN must be the ACTIVE
 * credential of a participant of that case, custodial or noncustodial. Every check of an existing
 * case is recorded in {@code ivr.pin_attempt}; an existing account lock is honoured; what happens
 * after a wrong PIN is the {@link LockoutPolicy}'s business.
 *
 * <p>Stateless and thread-safe: one instance serves every call. Nothing it logs or throws carries
 * the PIN or the case number.
 */
public class PinCheck {
    private static final Logger log = LoggerFactory.getLogger(PinCheck.class);

    /**
     * A check computes at least this many hashes whether or not the case exists (a case has two
     * parents), so the time it takes does not tell an unknown case from a wrong PIN.
     */
    private static final int MINIMUM_COMPARISONS = 2;
    private static final PinOutcome NO_MATCH = new PinOutcome.NoMatch();

    private final Jdbi jdbi;
    private final PinHasher hasher;
    private final Clock clock;
    private final LockoutPolicy lockout;
    private final Credential decoy;

    public PinCheck(Jdbi jdbi, PinHasher hasher, Clock clock) {
        this(jdbi, hasher, clock, LockoutPolicy.NONE);
    }

    public PinCheck(Jdbi jdbi, PinHasher hasher, Clock clock, LockoutPolicy lockout) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.lockout = lockout;
        // A random hash no PIN produces: compared against when there is nothing real to compare.
        byte[] noPinHashesToThis = new byte[32];
        new SecureRandom().nextBytes(noPinHashesToThis);
        this.decoy = new Credential(null, noPinHashesToThis, hasher.currentVersion());
    }

    /**
     * Checks the PIN against the case's parents and records the attempt, in one transaction.
     *
     * @param pinDigits what the caller keyed for the PIN
     * @param callId    the call's Asterisk unique id, recorded with the attempt
     */
    public PinOutcome check(CaseNumber caseNumber, String pinDigits, Line line, String callId) {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(pinDigits, "pinDigits");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(callId, "callId");
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Optional<SupportCase> found = findCase(h, caseNumber);
            if (found.isEmpty()) {
                // The same hashing work as for a real case, so the wait does not give an unknown case away.
                matching(List.of(), pinDigits);
                return NO_MATCH;
            }
            SupportCase supportCase = found.get();
            Optional<Instant> lockedUntil = lockedUntil(h, supportCase.id(), now);
            if (lockedUntil.isPresent()) {
                recordAttempt(h, supportCase.id(), now, false, line, callId);
                return new PinOutcome.Locked(lockedUntil.get());
            }
            List<Participant> holders = matching(activeCredentials(h, supportCase.id()), pinDigits);
            if (holders.size() > 1) {
                // Two parents chose the same PIN: it cannot say who is calling, so it lets neither in.
                log.warn("A PIN matched more than one participant of case id {}; neither is verified", supportCase.id());
            }
            boolean verified = holders.size() == 1;
            recordAttempt(h, supportCase.id(), now, verified, line, callId);
            if (verified) {
                return new PinOutcome.Verified(supportCase, holders.get(0));
            }
            return lockout.afterFailedAttempt(h, supportCase.id(), now)
                    .<PinOutcome>map(PinOutcome.Locked::new)
                    .orElse(NO_MATCH);
        });
    }

    /** The participants whose credential the PIN matches, having compared with every one (and decoys). */
    private List<Participant> matching(List<Credential> credentials, String pinDigits) {
        List<Credential> compared = new ArrayList<>(credentials);
        while (compared.size() < MINIMUM_COMPARISONS) {
            compared.add(decoy);
        }
        List<Participant> holders = new ArrayList<>();
        for (Credential credential : compared) {
            boolean matches = hasher.matches(credential.personId(), pinDigits, credential.hash(), credential.keyVersion());
            if (matches && credential != decoy) {
                holders.add(credential.holder());
            }
        }
        return holders;
    }

    private static Optional<SupportCase> findCase(Handle h, CaseNumber number) {
        return h.createQuery("select id, office_id from ledger.support_case where case_number = :number")
                .bind("number", number.digits())
                .map((rs, ctx) -> new SupportCase(rs.getLong("id"), number, rs.getInt("office_id")))
                .findOne();
    }

    private static Optional<Instant> lockedUntil(Handle h, long caseId, Instant now) {
        return h.createQuery("select locked_until from ivr.account_lock where case_id = :caseId and locked_until > :now")
                .bind("caseId", caseId)
                .bind("now", now)
                .map((rs, ctx) -> rs.getObject("locked_until", OffsetDateTime.class).toInstant())
                .findOne();
    }

    /** Only ACTIVE credentials: a PENDING one (a re-mailed letter not yet used) does not verify here. */
    private static List<Credential> activeCredentials(Handle h, long caseId) {
        return h.createQuery("""
                        select p.id, cp.role, p.first_name, p.last_name, p.preferred_language, c.pin_hash, c.key_version
                          from ledger.case_participant cp
                          join ledger.person p on p.id = cp.person_id
                          join ledger.pin_credential c on c.person_id = p.id and c.status = 'ACTIVE'
                         where cp.case_id = :caseId
                         order by cp.role, p.id""")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new Credential(
                        new Participant(rs.getLong("id"), caseId, Role.valueOf(rs.getString("role")),
                                rs.getString("first_name"), rs.getString("last_name"),
                                Language.fromCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)),
                        rs.getBytes("pin_hash"), rs.getInt("key_version")))
                .list();
    }

    private static void recordAttempt(Handle h, long caseId, Instant at, boolean succeeded, Line line, String callId) {
        h.createUpdate("""
                        insert into ivr.pin_attempt (case_id, attempted_at, succeeded, line, call_id)
                        values (:caseId, :at, :succeeded, :line, :callId)""")
                .bind("caseId", caseId)
                .bind("at", at)
                .bind("succeeded", succeeded)
                .bind("line", line.scriptName())
                .bind("callId", callId)
                .execute();
    }

    /** A participant's active PIN credential; the decoy has no holder. */
    private record Credential(Participant holder, byte[] hash, int keyVersion) {
        long personId() {
            return holder == null ? -1 : holder.personId();
        }
    }
}
