package gov.ocss.ivr.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.ledger.CaseNumber;
import gov.ocss.ivr.ledger.Role;
import gov.ocss.ivr.testing.LedgerFixture;
import gov.ocss.ivr.testing.TestClock;
import gov.ocss.ivr.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The call's audit record is written off the call's thread: a call ends without waiting for the
 * database, and its record is written once the database answers, on a real PostgreSQL.
 */
class AuditWriterTest {
    private static final Instant START = Instant.parse("2026-03-10T15:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestClock clock = new TestClock(START);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private TestDatabase database;
    private Switchable dataSource;
    private long caseId;
    private AuditWriter writer;

    @BeforeEach
    void databaseWithACase() {
        database = TestDatabase.fresh();
        dataSource = new Switchable(database.dataSource());
        caseId = new LedgerFixture(database.jdbi()).newCase(CaseNumber.withCheckDigit(100_000_001L));
        writer = new AuditWriter(new CallAuditLog(Jdbi.create(dataSource), clock, CallOutcomes.NONE), clock, 1_000,
                Duration.ofSeconds(2));
        logged.start();
        ((Logger) LoggerFactory.getLogger(AuditWriter.class)).addAppender(logged);
    }

    @AfterEach
    void stop() {
        dataSource.up();
        writer.close();
        ((Logger) LoggerFactory.getLogger(AuditWriter.class)).detachAppender(logged);
    }

    @Test
    void eachCallIsRecordedWithTheMomentItEndedNotTheMomentItWasWritten() throws InterruptedException {
        writer.add(ended("call-1", EndReason.GOODBYE));
        clock.advance(Duration.ofSeconds(30));
        writer.add(ended("call-2", EndReason.TRANSFERRED));
        clock.advance(Duration.ofMinutes(5));

        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(endedAt("call-1")).isEqualTo(START);
        assertThat(endedAt("call-2")).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void aCallEndsAtOnceWhileTheDatabaseHangsAndItsRecordIsWrittenWhenTheDatabaseAnswers() throws InterruptedException {
        dataSource.hang();

        // Were the record written on the call's thread, this would wait as long as the database hangs.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 50; i++) {
                writer.add(ended("call-" + i, EndReason.CALLER_HUNG_UP));
            }
        });
        assertThat(writer.flush(Duration.ofMillis(500))).as("nothing can be written yet").isFalse();
        assertThat(records()).isZero();

        dataSource.up();

        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(records()).isEqualTo(50);
    }

    @Test
    void recordsWaitThroughAnOutageWithOneWarningAndOneLineWhenItIsOver() throws InterruptedException {
        dataSource.down();
        writer.add(ended("call-1", EndReason.GOODBYE));
        writer.add(ended("call-2", EndReason.GOODBYE));
        assertThat(writer.flush(Duration.ofSeconds(3))).isFalse();

        dataSource.up();
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(records()).isEqualTo(2);
        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        assertThat(logged.list.get(0).getFormattedMessage()).startsWith("Call audits wait for the database (").contains("Connection to localhost refused");
        assertThat(logged.list.get(1).getFormattedMessage()).isEqualTo("Call audits are written again: the database answers");
    }

    @Test
    void aServerThatStopsWritesEveryRecordItHoldsFirst() {
        for (int i = 0; i < 450; i++) {
            writer.add(ended("call-" + i, EndReason.GOODBYE));
        }

        writer.close();

        assertThat(records()).isEqualTo(450);
    }

    @Test
    void aRecordTheTableRefusesDoesNotHoldBackTheOthers() throws InterruptedException {
        CallAudit ofNoCase = writer.begin("call-2", Line.HELPLINE);
        ofNoCase.verified(caseId + 1_000_000, Role.CUSTODIAL);
        ofNoCase.ended(EndReason.GOODBYE);
        dataSource.hang();
        writer.add(ended("call-1", EndReason.GOODBYE));
        writer.add(ofNoCase);
        writer.add(ended("call-3", EndReason.GOODBYE));
        dataSource.up();

        assertThat(writer.flush(WAIT)).isTrue();

        List<String> written = database.jdbi().withHandle(h -> h.createQuery("select call_id from ivr.call_audit order by call_id")
                .mapTo(String.class).list());
        assertThat(written).containsExactly("call-1", "call-3");
        assertThat(logged.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("Call audit for call call-2 not written:"));
    }

    private CallAudit ended(String callId, EndReason reason) {
        CallAudit audit = writer.begin(callId, Line.HELPLINE);
        audit.verified(caseId, Role.NONCUSTODIAL);
        audit.ended(reason);
        return audit;
    }

    private int records() {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from ivr.call_audit").mapTo(Integer.class).one());
    }

    private Instant endedAt(String callId) {
        return database.jdbi().withHandle(h -> h.createQuery("select ended_at from ivr.call_audit where call_id = :id")
                .bind("id", callId).mapTo(OffsetDateTime.class).one()).toInstant();
    }

    /** The test database, which can be made to refuse connections or to hang until it is up again. */
    private static final class Switchable implements DataSource {
        private final DataSource database;
        private volatile String state = "up";
        private volatile CountDownLatch hanging = new CountDownLatch(0);

        Switchable(DataSource database) {
            this.database = database;
        }

        void up() {
            state = "up";
            hanging.countDown();
        }

        void down() {
            state = "down";
        }

        void hang() {
            hanging = new CountDownLatch(1);
            state = "hanging";
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (state.equals("down")) {
                throw new SQLException("Connection to localhost refused", "08001");
            }
            try {
                hanging.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the database hung", "08006");
            }
            return database.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
