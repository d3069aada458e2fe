package gov.ocss.ivr.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.caller.CallerNumber;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.staff.StaffAction;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import gov.ocss.ivr.verification.CallerThrottle;
import gov.ocss.ivr.verification.LockoutPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.verification.PinCheck;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private final Jdbi jdbi = TestDatabase.fresh().jdbi();
    private final TestClock clock = new TestClock(NOW);

    @Test
    void recordsOlderThanTheRetentionAreErasedAndTheRestKept() {
        callAt(NOW.minus(Duration.ofDays(3 * 366)), "old.1");
        callAt(NOW.minus(Duration.ofDays(3 * 366 + 1)), "old.2");
        callAt(NOW.minus(Duration.ofDays(3 * 365 - 2)), "kept.1");
        callAt(NOW.minus(Duration.ofMinutes(5)), "kept.2");
        staffActionAt(NOW.minus(Duration.ofDays(4 * 365)));
        staffActionAt(NOW.minus(Duration.ofDays(30)));
        pinAttemptAt(NOW.minus(Duration.ofDays(3 * 366)), "old.1");
        pinAttemptAt(NOW.minus(Duration.ofDays(3 * 365 - 2)), "kept.1");

        AuditRetention.Purged purged = new AuditRetention(jdbi, clock, Period.ofYears(3)).purge();

        assertThat(purged).isEqualTo(new AuditRetention.Purged(2, 1, 1));
        assertThat(callIds()).containsExactlyInAnyOrder("kept.1", "kept.2");
        assertThat(count("ivr.staff_action")).isEqualTo(1);
        assertThat(pinAttemptCallIds()).containsExactly("kept.1");
    }

    @Test
    void purgingAgainErasesNothingMore() {
        callAt(NOW.minus(Duration.ofDays(2000)), "old");
        callAt(NOW.minus(Duration.ofDays(1)), "new");
        AuditRetention retention = new AuditRetention(jdbi, clock, Period.ofYears(3));
        retention.purge();

        assertThat(retention.purge()).isEqualTo(new AuditRetention.Purged(0, 0, 0));
        assertThat(callIds()).containsExactly("new");
    }

    @Test
    void aRetentionOfNothingIsRefused() {
        assertThatThrownBy(() -> new AuditRetention(jdbi, clock, Period.ZERO)).hasMessageContaining("longer than zero");
    }

    private void callAt(Instant startedAt, String callId) {
        clock.set(startedAt);
        CallAuditLog log = new CallAuditLog(jdbi, clock, CallOutcomes.NONE);
        CallAudit audit = log.begin(callId, Line.HELPLINE);
        audit.ended(EndReason.CALLER_HUNG_UP);
        assertThat(log.write(audit)).isTrue();
        clock.set(NOW);
    }

    private void staffActionAt(Instant at) {
        clock.set(at);
        new StaffAuditTrail(jdbi, clock).recordUnknown("someone", StaffAction.of("sign_in_failed"));
        clock.set(NOW);
    }

    /** A wrong PIN on a case number that does not exist, from a withheld number: the attempt has no case. */
    private void pinAttemptAt(Instant at, String callId) {
        clock.set(at);
        new PinCheck(jdbi, DemoPinKey.hasher(), clock, LockoutPolicy.NONE, CallerThrottle.NONE).check(
                CaseNumber.withCheckDigit(999_999_999L), "11111", new PinCheck.Attempt(Line.HELPLINE, callId, CallerNumber.WITHHELD));
        clock.set(NOW);
    }

    private List<String> pinAttemptCallIds() {
        return jdbi.withHandle(h -> h.createQuery("select call_id from ivr.pin_attempt").mapTo(String.class).list());
    }

    private List<String> callIds() {
        return jdbi.withHandle(h -> h.createQuery("select call_id from ivr.call_audit").mapTo(String.class).list());
    }

    private long count(String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }
}
