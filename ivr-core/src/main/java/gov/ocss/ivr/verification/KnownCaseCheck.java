package gov.ocss.ivr.verification;

import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Participant;
import gov.ocss.ivr.ledger.SupportCase;
import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.verification.KnownParents.Holder;
import gov.ocss.ivr.verification.PinCheck.Attempt;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;

/**
 * A PIN check in one statement and one round trip ({@code ivr.pin_check_known}, migration V10), for a
 * case whose parents this server knows ({@link KnownParents}): the keyed PIN is hashed for each of them
 * here, with the key the database never sees, and the database compares, records a right PIN, or
 * refuses a throttled number or a locked account as the full check would. Anything else it leaves
 * undecided, having written nothing, for the full check in {@link PinCheck}.
 *
 * <p>So a wrong PIN on a case checked lately costs one round trip more than on a case never seen: well
 * under a millisecond on the server, lost in the time a phone line takes to play the next prompt, and a
 * number gets ten wrong PINs an hour to time it with.
 */
final class KnownCaseCheck {
    private final Jdbi jdbi;
    private final PinHasher hasher;
    private final KnownParents known;

    KnownCaseCheck(Jdbi jdbi, PinHasher hasher, KnownParents known) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.known = known;
    }

    /** The outcome, when the case is known and one statement could decide it. */
    Optional<PinOutcome> check(CaseNumber caseNumber, String pinDigits, Attempt attempt, CallerThrottle throttle, Instant now,
                               int minimumComparisons) {
        Optional<List<Holder>> holders = known.of(caseNumber);
        if (holders.isEmpty()) {
            return Optional.empty();
        }
        List<Long> personIds = new ArrayList<>();
        List<Integer> keyVersions = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (Holder holder : holders.get()) {
            hasher.hash(holder.keyVersion(), holder.personId(), pinDigits).ifPresent(hash -> {
                personIds.add(holder.personId());
                keyVersions.add(holder.keyVersion());
                hashes.add(hash);
            });
        }
        // As much hashing as a full check does, so the time taken tells nothing either.
        for (int decoys = hashes.size(); decoys < minimumComparisons; decoys++) {
            hasher.hash(-1, pinDigits);
        }
        Decision decision = jdbi.withHandle(h -> h.createQuery("""
                        select * from ivr.pin_check_known(:caller, :since, :skip, :caseNumber, :now,
                                                          :personIds, :keyVersions, :hashes, :line, :callId, :callerKey)""")
                .bind("caller", throttle.attemptKey(attempt.caller()).orElse(null))
                .bind("since", throttle.windowStart(now))
                .bind("skip", throttle.failuresBeforeThrottled())
                .bind("caseNumber", caseNumber.digits())
                .bind("now", now)
                .bind("personIds", array("bigint", personIds.toArray(Long[]::new)))
                .bind("keyVersions", array("integer", keyVersions.toArray(Integer[]::new)))
                .bind("hashes", array("bytea", hashes.toArray(byte[][]::new)))
                .bind("line", attempt.line().scriptName())
                .bind("callId", attempt.callId())
                .bind("callerKey", attempt.caller().key())
                .map((rs, ctx) -> Decision.of(rs, caseNumber))
                .one());
        return decision.outcome(throttle);
    }

    private static Argument array(String type, Object[] elements) {
        return (position, statement, ctx) -> {
            Array array = statement.getConnection().createArrayOf(type, elements);
            statement.setArray(position, array);
        };
    }

    private record Decision(String outcome, Optional<Instant> at, Optional<SupportCase> supportCase, Optional<Participant> parent) {

        static Decision of(ResultSet rs, CaseNumber caseNumber) throws SQLException {
            Optional<SupportCase> supportCase = CheckFacts.supportCase(rs, caseNumber);
            Optional<Participant> parent = rs.getObject("person_id") == null
                    ? Optional.empty()
                    : Optional.of(CheckFacts.participant(rs, supportCase.orElseThrow().id()));
            return new Decision(rs.getString("outcome"), CheckFacts.instant(rs, "at"), supportCase, parent);
        }

        Optional<PinOutcome> outcome(CallerThrottle throttle) {
            return switch (outcome) {
                case "VERIFIED" -> Optional.of(new PinOutcome.Verified(supportCase.orElseThrow(), parent.orElseThrow()));
                case "LOCKED" -> Optional.of(new PinOutcome.Locked(at.orElseThrow()));
                case "THROTTLED" -> Optional.of(new PinOutcome.Throttled(throttle.throttledUntil(at.orElseThrow())));
                case "UNDECIDED" -> Optional.empty();
                default -> throw new IllegalStateException("ivr.pin_check_known answered " + outcome);
            };
        }
    }
}
