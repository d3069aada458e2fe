package gov.ocss.ivr.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.db.DatabaseReach;
import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.simulator.AsteriskSimulator;
import gov.ocss.ivr.simulator.CallRecord;
import gov.ocss.ivr.simulator.CallSetup;
import gov.ocss.ivr.simulator.SimulatedCaller;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo line on an embedded PostgreSQL of its own, which a test may stop, crash and start again
 * while the server runs: the database outage drills. Not {@link DemoLine}'s server, which other
 * test classes share and which must never lose its database. One per test JVM, made at first use,
 * its clock on a weekday morning (representatives answer).
 */
final class OutageLine {
    private static OutageLine running;

    private final ConfigurableApplicationContext app;
    private final int agiPort;
    private final DemoDataset dataset;
    private final AsteriskSimulator asterisk = AsteriskSimulator.create();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile long stoppedAt;

    private OutageLine(ZonedDateTime now) {
        this.agiPort = FreePort.find();
        this.app = SpringApplication.run(PhoneLineApplication.class,
                "--ivr.embedded-database.directory=" + temporaryDirectory(),
                "--ivr.agi.port=" + agiPort, "--server.port=0",
                // Nobody prints letters behind the drills' backs: they count the requests.
                "--ivr.remail.print-interval=0",
                "--ivr.clock.start=" + now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        this.dataset = DemoDataset.of(DemoDataset.DEFAULT_SEED, 300, YearMonth.from(now));
    }

    static synchronized OutageLine get() {
        if (running == null) {
            running = new OutageLine(DemoLine.nearestDayThisMonth(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                    .atTime(LocalTime.of(10, 0)).atZone(BusinessCalendar.ZONE));
        }
        return running;
    }

    DemoDataset dataset() {
        return dataset;
    }

    /** Makes a call, checked for what holds even during an outage: a clean protocol, and the server ends the session. */
    CallRecord call(CallSetup.Builder setup, SimulatedCaller caller) {
        CallRecord call = callUnchecked(setup, caller);
        assertThat(call.protocolErrors()).as("protocol errors").isEmpty();
        assertThat(call.serverClosed()).as("the server ended the AGI session: %s", call).isTrue();
        return call;
    }

    /** A call with nothing asserted, for callers that check in bulk. */
    CallRecord callUnchecked(CallSetup.Builder setup, SimulatedCaller caller) {
        setup.uniqueId(callIdPrefix() + calls.incrementAndGet());
        return asterisk.call("127.0.0.1", agiPort, setup.build(), caller);
    }

    static String callIdPrefix() {
        return "outage-line.";
    }

    /** The database as an operator stops it: fast shutdown, sessions cut off. */
    void stopDatabase() {
        embeddedDatabase().stop();
        stoppedAt = System.nanoTime();
    }

    /**
     * The database as it goes down when its machine loses power or the process is killed: PostgreSQL's
     * immediate shutdown (SIGQUIT to the postmaster), which writes nothing more, so the next start
     * recovers from the WAL as after a crash.
     */
    void crashDatabase() {
        Path pidFile = embeddedDatabase().dataDirectory().resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            assertThat(new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor()).isZero();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not crash the embedded PostgreSQL", e);
        }
        // Lets go of the data folder; there is no server left to stop (the attempt logs an error).
        embeddedDatabase().stop();
        stoppedAt = System.nanoTime();
    }

    /**
     * Starts the database again, at least a second after it went down, as any real outage lasts: Hikari
     * hands out a connection used in the last half second without checking it, so a quicker restart
     * would meet connections the stop broke (see the report of issue 9).
     */
    void startDatabase() {
        if (embeddedDatabase().isRunning()) {
            return;
        }
        long wait = stoppedAt + TimeUnit.SECONDS.toNanos(1) - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        embeddedDatabase().startAgain();
    }

    /**
     * Starts the database again if it is down and waits until the line serves callers again: its
     * watch on the database says it is back, which it says once the pool hands out a connection.
     *
     * @return how long that took after the database was up, in milliseconds
     */
    long startDatabaseAndAwaitThePool() {
        startDatabase();
        long up = System.nanoTime();
        awaitTheLineKnows(false, Duration.ofSeconds(15));
        long deadline = up + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Connection connection = pool().getConnection()) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - up);
            } catch (SQLException notYet) {
                assertThat(System.nanoTime()).as("the pool reconnects to the database").isLessThan(deadline);
            }
        }
    }

    /** Waits until the line's watch on the database says it is {@code out} (or back), without calling; how long it took, in ms. */
    long awaitTheLineKnows(boolean out, Duration within) {
        long from = System.nanoTime();
        long deadline = from + within.toNanos();
        DatabaseReach database = app.getBean(DatabaseReach.class);
        while (database.isOut() != out) {
            assertThat(System.nanoTime()).as("the line knows the database is " + (out ? "out" : "back")).isLessThan(deadline);
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - from);
    }

    boolean databaseIsRunning() {
        return embeddedDatabase().isRunning();
    }

    /** A connection of the test's own, outside the server's pool. */
    Connection connectDirectly() throws SQLException {
        return DriverManager.getConnection(embeddedDatabase().jdbcUrl("postgres"));
    }

    /**
     * The database as it is, through connections of the test's own: a check must neither take a
     * connection from the server's pool nor be handed one the outage broke.
     */
    /** Waits for the audit records of the calls that have ended: the server writes them off the calls' threads. */
    boolean awaitAudits(java.time.Duration timeout) throws InterruptedException {
        return app.getBean(gov.ocss.ivr.audit.AuditWriter.class).flush(timeout);
    }

    Jdbi database() {
        return Jdbi.create(this::connectDirectly);
    }

    /** The server's Jdbi: every query through it borrows from the server's pool. */
    Jdbi jdbi() {
        return app.getBean(Jdbi.class);
    }

    HikariDataSource pool() {
        return app.getBean(HikariDataSource.class);
    }

    HikariPoolMXBean poolStatistics() {
        return pool().getHikariPoolMXBean();
    }

    FastAgiListener listener() {
        return app.getBean(FastAgiListener.class);
    }

    /** What {@code ivr_calls_in_progress} shows, both lines together. */
    double callsInProgressMetric() {
        return app.getBean(MeterRegistry.class).find("ivr.calls.in.progress").gauges().stream()
                .mapToDouble(gauge -> gauge.value()).sum();
    }

    private EmbeddedDatabase embeddedDatabase() {
        return app.getBean(EmbeddedDatabase.class);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ivr-outage-line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
