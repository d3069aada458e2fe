package gov.ocss.ivr.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server whose network is cut in the middle of a PIN check leaves its session idle inside the
 * transaction, holding the check's advisory locks: PostgreSQL ends that session after the set time, so
 * the other servers' checks on the case go on, instead of waiting hours for TCP to give up.
 */
class AbandonedTransactionsTest {
    private static final String TEST_PIN_KEY = "dGVzdC1vbmx5LXRlc3Qtb25seS10ZXN0LW9ubHktdGVzdC1vbmx5IQ==";
    private static ConfigurableApplicationContext app;
    private static Jdbi otherServer;

    @BeforeAll
    static void start() {
        TestDatabase db = TestDatabase.fresh();
        otherServer = db.jdbi();
        app = SpringApplication.run(PhoneLineApplication.class, "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres", "--ivr.pin.keys.1=" + TEST_PIN_KEY,
                "--ivr.agi.port=" + FreePort.find(), "--server.port=0", "--ivr.remail.print-interval=0",
                "--ivr.database.abandoned-transaction-timeout=1s");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aTransactionLeftIdleHoldingACasesLockIsEndedAndTheLockFreed() throws Exception {
        DataSource pool = app.getBean(DataSource.class);
        try (Connection cut = pool.getConnection()) {
            cut.setAutoCommit(false);
            try (Statement statement = cut.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(4242)");
            }
            assertThat(tryLock()).as("held while the transaction is open").isFalse();

            // The network is cut: nothing more comes from this server.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean freed = false;
            while (!freed && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
                freed = tryLock();
            }
            assertThat(freed).as("the lock freed once the session was ended").isTrue();
            try {
                cut.rollback();
            } catch (java.sql.SQLException endedByTheDatabase) {
                // The session is gone, as a cut connection's would be; the pool lets the connection go.
            }
        }
    }

    /** Another server's try for the lock, let go at once if it got it. */
    private static boolean tryLock() {
        return otherServer.withHandle(h -> h.createQuery("select pg_try_advisory_xact_lock(4242)").mapTo(Boolean.class).one());
    }
}
