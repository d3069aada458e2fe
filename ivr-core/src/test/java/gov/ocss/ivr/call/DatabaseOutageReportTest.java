package gov.ocss.ivr.call;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An operator reading the log during a database outage sees one line when it begins and one line a
 * minute with how many more calls it sent to a representative: not a stack trace per call.
 */
class DatabaseOutageReportTest {
    private final DatabaseOutageReport report = new DatabaseOutageReport();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DatabaseOutageReport.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void anOutageIsSaidOnceAtItsStartThenOnceAnIntervalWithTheCountAndAgainWhenANewOneBegins() {
        for (int call = 0; call < 40; call++) {
            assertThat(report.counts(new IllegalStateException("the statement failed",
                    new SQLTransientConnectionException("No database connection came free in 1000 ms")))).isTrue();
        }
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("out of reach").contains("SQLTransientConnectionException");
            assertThat(event.getThrowableProxy()).isNull();
        });

        report.counts(new RuntimeException(new SQLException("An I/O error occurred while sending to the backend", "08006")));
        report.report();
        assertThat(logged.list).hasSize(2);
        assertThat(logged.list.get(1).getFormattedMessage()).contains("40 more calls");

        report.report(); // a minute with no failure: the outage is over for the log
        report.report();
        assertThat(logged.list).hasSize(2);
        report.counts(new RuntimeException(new SocketTimeoutException("Read timed out")));
        assertThat(logged.list).hasSize(3);
        assertThat(logged.list.get(2).getFormattedMessage()).contains("out of reach").contains("SocketTimeoutException");
    }

    @Test
    void aFailureThatIsNotTheDatabaseOutOfReachIsNotCounted() {
        assertThat(report.counts(new IllegalStateException("a bug"))).isFalse();
        assertThat(report.counts(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        report.report();
        assertThat(logged.list).isEmpty();
    }
}
