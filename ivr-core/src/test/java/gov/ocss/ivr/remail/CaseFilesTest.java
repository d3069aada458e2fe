package gov.ocss.ivr.remail;

import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_BORN_ON;
import static gov.ocss.ivr.testing.LedgerFixture.CUSTODIAL_ZIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.staff.NotAllowedException;
import gov.ocss.ivr.staff.Staff;
import gov.ocss.ivr.staff.StaffAuditTrail;
import gov.ocss.ivr.staff.StaffReason;
import gov.ocss.ivr.staff.StaffRole;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import gov.ocss.ivr.verification.AccountLocks;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case page's data, account locks, and the reasons staff give. */
class CaseFilesTest {
    private static final CaseNumber CASE = CaseNumber.withCheckDigit(100_000_001L);
    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");

    private final TestClock clock = new TestClock(NOW);
    private Jdbi jdbi;
    private LedgerFixture fixture;
    private long caseId;

    @BeforeEach
    void aCase() {
        jdbi = TestDatabase.fresh().jdbi();
        fixture = new LedgerFixture(jdbi);
        caseId = fixture.newCase(CASE);
        fixture.credential(fixture.custodialOf(caseId), DemoPinKey.hasher(), "24680", "ACTIVE");
    }

    @Test
    void aCaseShowsItsPartiesWithCityAndLanguageButNoBirthDateOrSsn() {
        CaseFiles.CaseFile file = new CaseFiles(jdbi, clock).find(CASE).orElseThrow();

        assertThat(file.officeName()).isEqualTo("Manhattan Office");
        assertThat(file.parties()).extracting(CaseFiles.Party::name, CaseFiles.Party::role, CaseFiles.Party::city,
                        CaseFiles.Party::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rosa Diaz", Role.CUSTODIAL, "Bronx", Language.ENGLISH),
                        org.assertj.core.groups.Tuple.tuple("Mark Diaz", Role.NONCUSTODIAL, "Brooklyn", Language.ENGLISH));
        assertThat(Arrays.stream(CaseFiles.Party.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("birth") || name.toLowerCase().contains("ssn"));
        assertThat(new CaseFiles(jdbi, clock).find(CaseNumber.withCheckDigit(999_999_999L))).isEmpty();
    }

    @Test
    void aPartyAtTheLimitIsFlaggedWithTheRefusedCallsAndTheDayANewLetterIsPossible() {
        RemailRequests requests = new RemailRequests(jdbi, clock);
        for (int letter = 0; letter < RemailLimits.MOST_LETTERS; letter++) {
            requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.HELPLINE, "call-" + letter);
            jdbi.useHandle(h -> {
                long batch = h.createQuery("insert into ivr.print_batch (created_at) values (now()) returning id").mapTo(Long.class).one();
                h.execute("update ivr.remail_request set status = 'MAILED', print_batch_id = ?, pin_credential_id = -1"
                        + " where status = 'QUEUED'", batch);
            });
            clock.advance(Duration.ofDays(10));
        }
        requests.request(CASE, CUSTODIAL_BORN_ON, CUSTODIAL_ZIP, Line.TTY, "call-refused");

        CaseFiles.Party custodial = new CaseFiles(jdbi, clock).find(CASE).orElseThrow().parties().get(0);

        assertThat(custodial.lettersInWindow()).isEqualTo(3);
        assertThat(custodial.limitReached()).isTrue();
        assertThat(custodial.possibleAgainOn()).contains(LocalDate.of(2026, 6, 8));
        assertThat(custodial.refusedInWindow()).isEqualTo(1);
        assertThat(custodial.openRequest()).isEmpty();
        assertThat(custodial.newestPin()).get().extracting(CaseFiles.NewestPin::status).isEqualTo("ACTIVE");
    }

    @Test
    void aSupervisorClearsALockWithAReasonAndStaffCannot() {
        fixture.lockAccount(caseId, NOW.plus(Duration.ofMinutes(30)));
        AccountLocks locks = new AccountLocks(jdbi, clock);
        StaffReason reason = new StaffReason("Checked the caller's identity at the counter");

        assertThat(locks.current(caseId)).isPresent();
        assertThatThrownBy(() -> locks.clear(new Staff("mlopez", StaffRole.STAFF), caseId, reason))
                .isInstanceOf(NotAllowedException.class);
        assertThat(locks.clear(new Staff("jchen", StaffRole.SUPERVISOR), caseId, reason)).isTrue();
        assertThat(locks.current(caseId)).isEmpty();
        assertThat(locks.clear(new Staff("jchen", StaffRole.SUPERVISOR), caseId, reason)).isFalse();
        assertThat(new StaffAuditTrail(jdbi, clock).latest(Optional.empty(), Optional.of(caseId), 5))
                .extracting(entry -> entry.action() + " " + entry.outcome())
                .containsExactly("lock_cleared not_locked", "lock_cleared done");
    }

    @Test
    void aReasonIsRequiredAndMayNotCarryASocialSecurityNumber() {
        assertThat(StaffReason.problem("  ")).isPresent();
        assertThat(StaffReason.problem("ok")).isPresent();
        assertThat(StaffReason.problem("Caller gave SSN 123-45-6789")).get().asString().contains("social security");
        assertThat(StaffReason.problem("Caller gave 123456789")).isPresent();
        assertThat(StaffReason.problem("Letter returned, case 5236295464, called 212-555-0100")).isEmpty();
        assertThat(new StaffReason("  Letter returned by the post office ").text()).isEqualTo("Letter returned by the post office");
    }
}
