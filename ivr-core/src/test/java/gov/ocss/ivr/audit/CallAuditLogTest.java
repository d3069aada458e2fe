package gov.ocss.ivr.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.remail.RemailOutcome;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/** One audit record per call, on a real PostgreSQL, and none of the caller's keyed digits in it. */
class CallAuditLogTest {
    private static final Instant START = Instant.parse("2026-03-10T15:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Jdbi jdbi;
    private long caseId;
    private CallAuditLog auditLog;

    @BeforeEach
    void databaseWithACase() {
        jdbi = TestDatabase.fresh().jdbi();
        caseId = new LedgerFixture(jdbi).newCase(CaseNumber.withCheckDigit(100_000_001L));
        auditLog = new CallAuditLog(jdbi, clock, CallOutcomes.NONE);
        logged.start();
        ((Logger) LoggerFactory.getLogger(CallAuditLog.class)).addAppender(logged);
    }

    @AfterEach
    void stopCapturingTheLog() {
        ((Logger) LoggerFactory.getLogger(CallAuditLog.class)).detachAppender(logged);
    }

    @Test
    void aVerifiedCallIsOneRecordWithTheCategoriesOfWhatItWasTold() {
        CallAudit audit = auditLog.begin("1700000000.42", Line.HELPLINE);
        audit.language(Language.BENGALI);
        audit.verificationFailed(VerificationFailure.NO_MATCH);
        audit.verified(caseId, Role.NONCUSTODIAL);
        audit.gave(InformationGiven.CURRENT_DUE);
        audit.gave(InformationGiven.PAST_DUE);
        audit.gave(InformationGiven.CURRENT_DUE);
        audit.gave(InformationGiven.HOW_TO_PAY);
        audit.transfer("queued");
        audit.ended(EndReason.TRANSFERRED);
        audit.ended(EndReason.CALLER_HUNG_UP);
        clock.advance(Duration.ofSeconds(95));

        assertThat(auditLog.write(audit)).isTrue();

        Map<String, Object> row = onlyRecord();
        assertThat(row).containsEntry("call_id", "1700000000.42")
                .containsEntry("line", "helpline")
                .containsEntry("language", "bn")
                .containsEntry("started_at", START)
                .containsEntry("ended_at", START.plusSeconds(95))
                .containsEntry("case_id", caseId)
                .containsEntry("role", "NONCUSTODIAL")
                .containsEntry("verification", "verified")
                .containsEntry("information_given", List.of("CURRENT_DUE", "PAST_DUE", "HOW_TO_PAY"))
                .containsEntry("remail_outcome", null)
                .containsEntry("transfer_outcome", "queued")
                .containsEntry("end_reason", "transferred");
    }

    @Test
    void aCallThatNeverGotToVerificationIsRecordedAsNotAttempted() {
        CallAudit audit = auditLog.begin("call-2", Line.TTY);
        audit.gave(InformationGiven.MAIN_OFFICE_CONTACT);

        auditLog.write(audit);

        assertThat(onlyRecord()).containsEntry("line", "tty")
                .containsEntry("language", null)
                .containsEntry("case_id", null)
                .containsEntry("role", null)
                .containsEntry("verification", "not_attempted")
                .containsEntry("information_given", List.of("MAIN_OFFICE_CONTACT"))
                .containsEntry("end_reason", "unknown");
    }

    @Test
    void aFailedVerificationAndARemailRequestAreRecordedByTheirCodes() {
        CallAudit audit = auditLog.begin("call-3", Line.HELPLINE);
        audit.verificationFailed(VerificationFailure.NO_MATCH);
        audit.verificationFailed(VerificationFailure.LOCKED);
        audit.remail(new RemailOutcome.AlreadyRequested(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11)));
        audit.ended(EndReason.GOODBYE);

        auditLog.write(audit);

        assertThat(onlyRecord()).containsEntry("verification", "locked")
                .containsEntry("case_id", null)
                .containsEntry("remail_outcome", "already_requested")
                .containsEntry("end_reason", "goodbye");
    }

    @Test
    void aRemailRefusedOverTheLimitIsRecordedAsTooMany() {
        CallAudit audit = auditLog.begin("call-5", Line.TTY);
        audit.remail(new RemailOutcome.TooMany(LocalDate.of(2026, 6, 7)));
        audit.ended(EndReason.GOODBYE);

        auditLog.write(audit);

        assertThat(onlyRecord()).containsEntry("remail_outcome", "too_many");
    }

    @Test
    void writingTheSameCallTwiceLeavesOneRecord() {
        CallAudit audit = auditLog.begin("call-4", Line.HELPLINE);

        auditLog.write(audit);
        auditLog.write(audit);

        int records = jdbi.withHandle(h -> h.createQuery("select count(*) from ivr.call_audit").mapTo(Integer.class).one());
        assertThat(records).isEqualTo(1);
    }

    @Test
    void theAuditHasNoPlaceForAPinABirthDateOrAZip() {
        List<String> columns = jdbi.withHandle(h -> h.createQuery("""
                        select column_name from information_schema.columns
                         where table_schema = 'ivr' and table_name = 'call_audit'""")
                .mapTo(String.class).list());

        assertThat(columns).isNotEmpty().noneMatch(column ->
                column.contains("pin") || column.contains("birth") || column.contains("dob")
                        || column.contains("zip") || column.contains("digits") || column.contains("keyed"));
    }

    @Test
    void aTransferOutcomeThatIsNotACodeIsRefusedWithoutRepeatingIt() {
        CallAudit audit = auditLog.begin("call-5", Line.HELPLINE);

        assertThatThrownBy(() -> audit.transfer("06151985"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("06151985");
    }

    @Test
    void aDatabaseThatIsDownCostsTheRecordAndOneWarningButNeverAnException() throws IOException {
        CallAuditLog unreachable = new CallAuditLog(Jdbi.create(dataSourceOnAClosedPort()), clock, CallOutcomes.NONE);
        CallAudit audit = unreachable.begin("call-6", Line.TTY);
        audit.verified(caseId, Role.CUSTODIAL);
        audit.ended(EndReason.CALLER_HUNG_UP);

        assertThat(unreachable.write(audit)).isFalse();

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).startsWith("Call audit for call call-6 not written:");
            assertThat(event.getThrowableProxy()).as("one line, no stack trace").isNull();
        });
    }

    @Test
    void theOutcomeIsCountedOnceEvenWhenTheDatabaseIsDown() throws IOException {
        List<String> counted = new ArrayList<>();
        CallAuditLog unreachable = new CallAuditLog(Jdbi.create(dataSourceOnAClosedPort()), clock,
                (line, outcome) -> counted.add(line.scriptName() + " " + outcome.code()));
        CallAudit audit = unreachable.begin("call-7", Line.TTY);
        audit.ended(EndReason.TRANSFERRED);

        unreachable.write(audit);
        unreachable.write(audit);

        assertThat(counted).containsExactly("tty transferred");
    }

    @Test
    void aLockedAccountIsTheOutcomeHoweverTheCallThenEnded() {
        List<CallOutcome> counted = new ArrayList<>();
        CallAuditLog counting = new CallAuditLog(jdbi, clock, (line, outcome) -> counted.add(outcome));
        CallAudit audit = counting.begin("call-8", Line.HELPLINE);
        audit.verificationFailed(VerificationFailure.LOCKED);
        audit.verificationFailed(VerificationFailure.NO_MATCH);
        audit.ended(EndReason.GOODBYE);

        counting.write(audit);

        assertThat(counted).containsExactly(CallOutcome.LOCKED);
        assertThat(onlyRecord()).containsEntry("verification", "no_match").containsEntry("end_reason", "goodbye");
    }

    @Test
    void eachEndReasonHasItsOutcomeAndNoReasonIsAFailure() {
        Map<EndReason, CallOutcome> outcomes = new EnumMap<>(EndReason.class);
        for (EndReason reason : EndReason.values()) {
            CallAudit audit = auditLog.begin("call-9", Line.HELPLINE);
            audit.ended(reason);
            outcomes.put(reason, audit.outcome());
        }

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                EndReason.GOODBYE, CallOutcome.COMPLETED,
                EndReason.TRANSFERRED, CallOutcome.TRANSFERRED,
                EndReason.CALLER_HUNG_UP, CallOutcome.HUNG_UP,
                EndReason.GAVE_UP, CallOutcome.GAVE_UP,
                EndReason.SYSTEM_ERROR, CallOutcome.FAILED,
                EndReason.SHUTDOWN, CallOutcome.SHUTDOWN));
        assertThat(auditLog.begin("call-10", Line.TTY).outcome()).isEqualTo(CallOutcome.FAILED);
    }

    private static PGSimpleDataSource dataSourceOnAClosedPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/ivr");
        dataSource.setConnectTimeout(2);
        return dataSource;
    }

    private Map<String, Object> onlyRecord() {
        return jdbi.withHandle(h -> h.createQuery("""
                        select call_id, line, language, started_at, ended_at, case_id, role, verification,
                               information_given, remail_outcome, transfer_outcome, end_reason
                          from ivr.call_audit""")
                .map((rs, ctx) -> {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        String column = rs.getMetaData().getColumnName(i);
                        row.put(column, switch (column) {
                            case "started_at", "ended_at" -> rs.getTimestamp(i).toInstant();
                            case "information_given" -> strings(rs.getArray(i));
                            default -> rs.getObject(i);
                        });
                    }
                    return row;
                })
                .one());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
