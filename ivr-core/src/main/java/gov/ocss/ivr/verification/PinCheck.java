package gov.ocss.ivr.verification;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.db.TransactionLock;
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
 * Checks a case number and 5-digit PIN the way the web portal does: the PIN must be the credential
 * of a participant of that case, custodial or noncustodial. Every check is recorded in
 * {@code ivr.pin_attempt} (with no case when the case does not exist), with the caller's number. A
 * number with too many wrong PINs lately is refused first ({@link CallerThrottle}); then an existing
 * account lock is honoured; what happens after a wrong PIN is the {@link LockoutPolicy}'s business.
 *
 * <p>Checks on one case are serialised (an advisory lock on the case, to the end of the transaction):
 * two calls guessing at the same moment are checked and counted one after the other, so no guess
 * slips past a lock the one before it placed.
 *
 * <p>A person may hold two credentials: the ACTIVE one and a PENDING one from a re-mailed PIN letter.
 * Both verify, so a letter somebody else asked for cannot lock the parent out. The first time the
 * PENDING PIN is used it becomes the ACTIVE one and the old one is revoked, in the same transaction
 * as the attempt.
 *
 * <p>Stateless and thread-safe: one instance serves every call. Nothing it logs or throws carries
 * the PIN or the case number.
 */
public class PinCheck {
    private static final Logger log = LoggerFactory.getLogger(PinCheck.class);

    /**
     * A check computes at least this many hashes whether or not the case exists (a case has two
     * parents, each with an active and perhaps a pending PIN), so the time it takes tells neither an
     * unknown case from a wrong PIN nor whether a new letter is on its way.
     */
    private static final int MINIMUM_COMPARISONS = 4;
    private static final PinOutcome NO_MATCH = new PinOutcome.NoMatch();

    private final Jdbi jdbi;
    private final PinHasher hasher;
    private final Clock clock;
    private final LockoutPolicy lockout;
    private final CallerThrottle throttle;
    private final Credential decoy;

    /** No lockout and no throttle: for tests of the check itself. */
    public PinCheck(Jdbi jdbi, PinHasher hasher, Clock clock) {
        this(jdbi, hasher, clock, LockoutPolicy.NONE, CallerThrottle.NONE);
    }

    public PinCheck(Jdbi jdbi, PinHasher hasher, Clock clock, LockoutPolicy lockout, CallerThrottle throttle) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.clock = clock;
        this.lockout = lockout;
        this.throttle = throttle;
        // A random hash no PIN produces: compared against when there is nothing real to compare.
        byte[] noPinHashesToThis = new byte[32];
        new SecureRandom().nextBytes(noPinHashesToThis);
        this.decoy = new Credential(null, -1, false, noPinHashesToThis, hasher.currentVersion());
    }

    /** A check from a caller whose number is withheld. */
    public PinOutcome check(CaseNumber caseNumber, String pinDigits, Line line, String callId) {
        return check(caseNumber, pinDigits, new Attempt(line, callId, CallerNumber.WITHHELD));
    }

    /**
     * Checks the PIN against the case's parents and records the attempt, in one transaction.
     *
     * @param pinDigits what the caller keyed for the PIN
     */
    public PinOutcome check(CaseNumber caseNumber, String pinDigits, Attempt attempt) {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(pinDigits, "pinDigits");
        Objects.requireNonNull(attempt, "attempt");
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            Optional<Instant> throttledUntil = throttle.throttledUntil(h, attempt.caller(), now);
            if (throttledUntil.isPresent()) {
                return new PinOutcome.Throttled(throttledUntil.get());
            }
            Optional<SupportCase> found = findCase(h, caseNumber);
            if (found.isEmpty()) {
                // The same hashing work as for a real case, so the wait does not give an unknown case away.
                matching(List.of(), pinDigits);
                recordAttempt(h, null, now, Compared.NO_MATCH, attempt);
                return NO_MATCH;
            }
            SupportCase supportCase = found.get();
            serialiseChecksOn(h, supportCase.id());
            Optional<Instant> lockedUntil = lockedUntil(h, supportCase.id(), now);
            if (lockedUntil.isPresent()) {
                recordAttempt(h, supportCase.id(), now, Compared.NOT_COMPARED, attempt);
                return new PinOutcome.Locked(lockedUntil.get());
            }
            List<Credential> matched = matching(credentials(h, supportCase.id()), pinDigits);
            long people = matched.stream().mapToLong(Credential::personId).distinct().count();
            if (people > 1) {
                // Two parents chose the same PIN: it cannot say who is calling, so it lets neither in.
                log.warn("A PIN matched more than one participant of case id {}; neither is verified", supportCase.id());
            }
            boolean verified = people == 1 && stillValid(h, matched.get(0), now);
            recordAttempt(h, supportCase.id(), now, verified ? Compared.VERIFIED : Compared.NO_MATCH, attempt);
            if (verified) {
                return new PinOutcome.Verified(supportCase, matched.get(0).holder());
            }
            return lockout.afterFailedAttempt(h, supportCase.id(), now)
                    .<PinOutcome>map(PinOutcome.Locked::new)
                    .orElse(NO_MATCH);
        });
    }

    /** The credentials the PIN matches, having compared with every one (and decoys). */
    private List<Credential> matching(List<Credential> credentials, String pinDigits) {
        List<Credential> compared = new ArrayList<>(credentials);
        while (compared.size() < MINIMUM_COMPARISONS) {
            compared.add(decoy);
        }
        List<Credential> matched = new ArrayList<>();
        for (Credential credential : compared) {
            boolean matches = hasher.matches(credential.personId(), pinDigits, credential.hash(), credential.keyVersion());
            if (matches && credential != decoy) {
                matched.add(credential);
            }
        }
        return matched;
    }

    /**
     * Whether the matched credential still verifies now that its row is locked. An ACTIVE one does. A
     * PENDING one is used for the first time: it becomes ACTIVE and the person's old ACTIVE one is
     * revoked (in that order of locks, so two first uses at once agree). If the printing worker revoked
     * it meanwhile (a newer letter replaced it) it no longer verifies; if another call promoted it a
     * moment ago, it does.
     */
    private static boolean stillValid(Handle h, Credential credential, Instant now) {
        if (!credential.pending()) {
            return true;
        }
        String status = h.createQuery("select status from ledger.pin_credential where id = :id for update")
                .bind("id", credential.id())
                .mapTo(String.class)
                .one();
        if (status.equals("ACTIVE")) {
            return true;
        }
        if (!status.equals("PENDING")) {
            return false;
        }
        h.createUpdate("""
                        update ledger.pin_credential set status = 'REVOKED', revoked_at = :now
                         where person_id = :personId and status = 'ACTIVE'""")
                .bind("now", now)
                .bind("personId", credential.personId())
                .execute();
        h.createUpdate("update ledger.pin_credential set status = 'ACTIVE', first_used_at = :now where id = :id")
                .bind("now", now)
                .bind("id", credential.id())
                .execute();
        log.info("A re-mailed PIN was used for the first time: it replaces the old PIN of person id {}", credential.personId());
        return true;
    }

    private static void serialiseChecksOn(Handle h, long caseId) {
        TransactionLock.hold(h, "ivr.pin_attempt.case:" + caseId);
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

    /** The ACTIVE and PENDING credentials of the case's parents; REVOKED ones never verify. */
    private static List<Credential> credentials(Handle h, long caseId) {
        return h.createQuery("""
                        select p.id, cp.role, p.first_name, p.last_name, p.preferred_language,
                               c.id as credential_id, c.status, c.pin_hash, c.key_version
                          from ledger.case_participant cp
                          join ledger.person p on p.id = cp.person_id
                          join ledger.pin_credential c on c.person_id = p.id and c.status in ('ACTIVE', 'PENDING')
                         where cp.case_id = :caseId
                         order by cp.role, p.id, c.status""")
                .bind("caseId", caseId)
                .map((rs, ctx) -> new Credential(
                        new Participant(rs.getLong("id"), caseId, Role.valueOf(rs.getString("role")),
                                rs.getString("first_name"), rs.getString("last_name"),
                                Language.fromCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)),
                        rs.getLong("credential_id"), rs.getString("status").equals("PENDING"),
                        rs.getBytes("pin_hash"), rs.getInt("key_version")))
                .list();
    }

    /** Who tried: the line, the call's Asterisk unique id, and the number it came from. */
    public record Attempt(Line line, String callId, CallerNumber caller) {
        public Attempt {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(caller, "caller");
        }
    }

    /** What became of an attempt, as {@code ivr.pin_attempt} records it. */
    private enum Compared {
        VERIFIED(true, true), NO_MATCH(false, true), NOT_COMPARED(false, false);

        final boolean succeeded;
        final boolean compared;

        Compared(boolean succeeded, boolean compared) {
            this.succeeded = succeeded;
            this.compared = compared;
        }
    }

    private static void recordAttempt(Handle h, Long caseId, Instant at, Compared result, Attempt attempt) {
        h.createUpdate("""
                        insert into ivr.pin_attempt (case_id, attempted_at, succeeded, compared, line, call_id, caller)
                        values (:caseId, :at, :succeeded, :compared, :line, :callId, :caller)""")
                .bind("caseId", caseId)
                .bind("at", at)
                .bind("succeeded", result.succeeded)
                .bind("compared", result.compared)
                .bind("line", attempt.line().scriptName())
                .bind("callId", attempt.callId())
                .bind("caller", attempt.caller().key())
                .execute();
    }

    /** A participant's ACTIVE or PENDING PIN credential; the decoy has no holder. */
    private record Credential(Participant holder, long id, boolean pending, byte[] hash, int keyVersion) {
        long personId() {
            return holder == null ? -1 : holder.personId();
        }
    }
}
