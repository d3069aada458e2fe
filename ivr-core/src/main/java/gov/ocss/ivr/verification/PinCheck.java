package gov.ocss.ivr.verification;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.SupportCase;
import gov.ocss.ivr.pin.PinCredential;
import gov.ocss.ivr.pin.PinCredentials;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.pin.PinStatus;
import gov.ocss.ivr.verification.CheckFacts.Credential;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
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
 * slips past a lock the one before it placed. In this server a check first waits for its turn on the
 * case number and the caller's throttle key ({@link CheckTurns}) holding no database connection, so
 * the advisory locks only ever wait for another server: a burst of callers on one case, or of
 * withheld callers, cannot fill the connection pool with checks waiting on one lock.
 *
 * <p>A person may hold two credentials: the ACTIVE one and a PENDING one from a re-mailed PIN letter.
 * Both verify, so a letter somebody else asked for cannot lock the parent out. The first time the
 * PENDING PIN is used it becomes the ACTIVE one and the old one is revoked, in the same transaction
 * as the attempt.
 *
 * <p>It decides; it does not keep the tables. What it decides on (the throttle, the case, its lock, the
 * parents' credentials) is read under both advisory locks in one statement ({@link CheckFacts}), so a
 * full check is that read, the attempt's insert and the commit: three round trips to the database. A
 * case checked before on this server costs one when the PIN is right: knowing whose PINs the case
 * holds, the check sends the keyed PIN's hash for each and the database decides ({@link KnownCaseCheck});
 * a wrong PIN, a first use of a re-mailed PIN or a birth date still take the full check.
 *
 * <p>Thread-safe: one instance serves every call. All it keeps is whose PINs the cases it has checked
 * hold ({@link KnownParents}). Nothing it logs or throws carries the PIN or the case number.
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
    /**
     * How long a check may wait for the checks before it on its case or number. A check's transaction
     * takes milliseconds (700 callers released at once, half of them on one case and half withheld,
     * waited 8 s at most on a loaded 2-core machine), so this is thousands of callers keying their PIN
     * on one key at once: the line is flooded on that key and the caller is better off with a person.
     */
    private static final Duration LONGEST_WAIT_FOR_TURN = Duration.ofSeconds(60);

    /**
     * How many cases' parents a server keeps in mind ({@link KnownParents}): about 200 bytes a case, so
     * 40 MB at most; it learns 180,000 of them at its start, the whole of a large agency's ledger.
     */
    private static final int KNOWN_CASES = 200_000;
    /** Rows of whose PINs the parents hold, read at a time at start. */
    private static final int LEARNED_PER_FETCH = 5_000;

    private final Jdbi jdbi;
    private final PinHasher hasher;
    private final Clock clock;
    private final LockoutPolicy lockout;
    private final CallerThrottle throttle;
    private final Credential decoy;
    private final CheckTurns turns;
    private final KnownParents knownParents = new KnownParents(KNOWN_CASES);
    private final KnownCaseCheck knownCase;

    public PinCheck(Jdbi jdbi, PinHasher hasher, Clock clock, LockoutPolicy lockout, CallerThrottle throttle) {
        this.jdbi = jdbi;
        this.turns = new CheckTurns(LONGEST_WAIT_FOR_TURN);
        this.knownCase = new KnownCaseCheck(jdbi, hasher, knownParents);
        this.hasher = hasher;
        this.clock = clock;
        this.lockout = lockout;
        this.throttle = throttle;
        // A random hash no PIN produces: compared against when there is nothing real to compare.
        byte[] noPinHashesToThis = new byte[32];
        new SecureRandom().nextBytes(noPinHashesToThis);
        this.decoy = new Credential(null, new PinCredential(-1, -1, PinStatus.ACTIVE, noPinHashesToThis, hasher.currentVersion()));
    }

    /**
     * Reads whose PINs the parents of each case hold (person and key version; no PIN and no hash), for
     * as many cases as it remembers, so that a case's first right PIN since the server started is one
     * statement too, not the full check's three round trips. For a thread of its own at start: a
     * check meanwhile is made in full, as it would be without it.
     *
     * @return how many cases it learned
     */
    public int learnPinHolders() {
        // In a transaction, so that the driver reads the rows a batch at a time rather than all at once.
        return jdbi.inTransaction(h -> {
            int learned = 0;
            String caseDigits = null;
            List<KnownParents.Holder> holders = new ArrayList<>(2);
            try (ResultIterator<HolderRow> rows = h.createQuery("""
                            select c.case_number, cr.person_id, cr.key_version::integer as key_version
                              from ledger.support_case c
                              join ledger.case_participant cp on cp.case_id = c.id
                              join ledger.pin_credential cr on cr.person_id = cp.person_id and cr.status in ('ACTIVE', 'PENDING')
                             order by c.case_number""")
                    .setFetchSize(LEARNED_PER_FETCH)
                    .map((rs, ctx) -> new HolderRow(rs.getString("case_number"),
                            new KnownParents.Holder(rs.getLong("person_id"), rs.getInt("key_version"))))
                    .iterator()) {
                while (rows.hasNext()) {
                    HolderRow row = rows.next();
                    if (!row.caseDigits().equals(caseDigits)) {
                        if (caseDigits != null) {
                            if (!knownParents.learn(caseDigits, holders)) {
                                return learned;
                            }
                            learned++;
                        }
                        caseDigits = row.caseDigits();
                        holders.clear();
                    }
                    if (!holders.contains(row.holder())) {
                        holders.add(row.holder());
                    }
                }
            }
            if (caseDigits != null && knownParents.learn(caseDigits, holders)) {
                learned++;
            }
            return learned;
        });
    }

    private record HolderRow(String caseDigits, KnownParents.Holder holder) {
    }

    /**
     * Checks the PIN against the case's parents and records the attempt, in one transaction.
     *
     * @param pinDigits what the caller keyed for the PIN
     */
    public PinOutcome check(CaseNumber caseNumber, String pinDigits, Attempt attempt) {
        return check(caseNumber, pinDigits, attempt, Optional.empty());
    }

    /**
     * The same, from a withheld number with the caller's date of birth as well: the answer to
     * {@link PinOutcome.Throttled} when hidden numbers cannot be told apart ({@link CallerThrottle}).
     * The throttle on withheld numbers does not stop it; the PIN must match and the person it matches
     * must be born on {@code birthDate}, and a failure counts like any other, towards the case's lock too.
     */
    public PinOutcome check(CaseNumber caseNumber, String pinDigits, Attempt attempt, Optional<LocalDate> birthDate) {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(pinDigits, "pinDigits");
        Objects.requireNonNull(attempt, "attempt");
        List<String> keys = new ArrayList<>(2);
        keys.add("case:" + caseNumber.digits());
        throttle.turnKey(attempt.caller()).ifPresent(keys::add);
        try (CheckTurns.Turn turn = turns.take(keys)) {
            return checkInTurn(caseNumber, pinDigits, attempt, birthDate.filter(born -> attempt.caller().withheld()));
        }
    }

    private PinOutcome checkInTurn(CaseNumber caseNumber, String pinDigits, Attempt attempt, Optional<LocalDate> birthDate) {
        // Read once the turn has come: the attempts before it in the queue were made earlier.
        Instant now = clock.instant();
        if (birthDate.isEmpty()) {
            Optional<PinOutcome> decided = knownCase.check(caseNumber, pinDigits, attempt, throttle, now, MINIMUM_COMPARISONS);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return fullCheck(caseNumber, pinDigits, attempt, birthDate, now);
    }

    /** The check with every rule, in a transaction: the read under both locks, the compare here, the attempt, the lockout. */
    private PinOutcome fullCheck(CaseNumber caseNumber, String pinDigits, Attempt attempt, Optional<LocalDate> birthDate, Instant now) {
        return jdbi.inTransaction(h -> {
            // A hidden caller who gave their birth date as well is not held to the hidden numbers' throttle.
            CallerThrottle applied = birthDate.isPresent() ? CallerThrottle.NONE : throttle;
            CheckFacts facts = CheckFacts.read(h, caseNumber, attempt.caller(), applied, now);
            if (facts.throttledUntil().isPresent()) {
                return new PinOutcome.Throttled(facts.throttledUntil().get());
            }
            if (facts.supportCase().isEmpty()) {
                // The same hashing work as for a real case, so the wait does not give an unknown case away.
                matching(List.of(), pinDigits);
                recordAttempt(h, null, now, Compared.NO_MATCH, attempt);
                return NO_MATCH;
            }
            SupportCase supportCase = facts.supportCase().get();
            if (facts.lockedUntil().isPresent()) {
                recordAttempt(h, supportCase.id(), now, Compared.NOT_COMPARED, attempt);
                return new PinOutcome.Locked(facts.lockedUntil().get());
            }
            knownParents.remember(caseNumber, facts.credentials());
            List<Credential> matched = matching(facts.credentials(), pinDigits);
            long people = matched.stream().mapToLong(Credential::personId).distinct().count();
            if (people > 1) {
                // Two parents chose the same PIN: it cannot say who is calling, so it lets neither in.
                log.warn("A PIN matched more than one participant of case id {}; neither is verified", supportCase.id());
            }
            boolean verified = people == 1 && bornOn(h, matched.get(0), birthDate) && stillValid(h, matched.get(0), now);
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
            PinCredential stored = credential.stored();
            boolean matches = hasher.matches(stored.personId(), pinDigits, stored.hash(), stored.keyVersion());
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
        if (credential.stored().status() != PinStatus.PENDING) {
            return true;
        }
        PinStatus status = PinCredentials.lockedStatus(h, credential.stored().id());
        if (status == PinStatus.ACTIVE) {
            return true;
        }
        if (status != PinStatus.PENDING) {
            return false;
        }
        PinCredentials.promote(h, credential.stored(), now);
        log.info("A re-mailed PIN was used for the first time: it replaces the old PIN of person id {}", credential.personId());
        return true;
    }

    /** Whether the matched person was born on the date given, when one was given. */
    private static boolean bornOn(Handle h, Credential matched, Optional<LocalDate> birthDate) {
        if (birthDate.isEmpty()) {
            return true;
        }
        return h.createQuery("select date_of_birth = :born from ledger.person where id = :id")
                .bind("born", birthDate.get())
                .bind("id", matched.personId())
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false);
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
}
