package gov.ocss.ivr.verification;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.verification.CheckFacts.Credential;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who holds a PIN on each case this server knows of: each live credential's person and key version, as
 * the server read them at its start ({@link PinCheck#learnPinHolders()}) or the case's last full check
 * did. Knowing them, a check can hash the keyed PIN for each parent before it asks the database, and
 * ask once ({@link KnownCaseCheck}). No PIN and no hash is kept. What it remembers may be out of date
 * (a parent added, a new letter under a newer key): the database notices that a live credential was
 * sent no hash and the full check runs, which remembers afresh.
 *
 * <p>Bounded: when it holds {@code capacity} cases it starts again from none, which costs each case
 * one full check. A least-recently-used order would keep more of the callers who call back, at the
 * cost of a lock on every check.
 */
final class KnownParents {
    /** A live credential's holder and the key its hash is under. */
    record Holder(long personId, int keyVersion) {
    }

    private final int capacity;
    private final Map<String, List<Holder>> byCase = new ConcurrentHashMap<>();

    KnownParents(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("remembers 1 or more cases, not " + capacity);
        }
        this.capacity = capacity;
    }

    Optional<List<Holder>> of(CaseNumber caseNumber) {
        return Optional.ofNullable(byCase.get(caseNumber.digits()));
    }

    /** The case's live credentials as a full check read them; a case with none is not worth remembering. */
    void remember(CaseNumber caseNumber, List<Credential> credentials) {
        if (credentials.isEmpty()) {
            return;
        }
        // A case it knows already is read afresh in its place: only a new one needs room.
        if (byCase.size() >= capacity && !byCase.containsKey(caseNumber.digits())) {
            byCase.clear();
        }
        byCase.put(caseNumber.digits(), credentials.stream()
                .map(credential -> new Holder(credential.personId(), credential.stored().keyVersion()))
                .distinct()
                .toList());
    }

    /**
     * A case's holders as read at the server's start, while there is room: up to nine tenths of its
     * capacity, so that the cases a larger ledger's callers bring later fit before it must start again.
     * A case a check remembered in the meantime keeps what that check read, which is newer.
     *
     * @return whether there was room
     */
    boolean learn(String caseDigits, List<Holder> holders) {
        if (byCase.size() >= capacity - capacity / 10) {
            return false;
        }
        byCase.putIfAbsent(caseDigits, List.copyOf(holders));
        return true;
    }

    int size() {
        return byCase.size();
    }
}
