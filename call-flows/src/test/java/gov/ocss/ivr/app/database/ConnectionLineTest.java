package gov.ocss.ivr.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * The line in front of the pool, against pools of the test's making: the pool is the edge here. The
 * burst and outage tests run the real one, Hikari on PostgreSQL.
 */
class ConnectionLineTest {
    private static final Duration STALL = Duration.ofMillis(300);

    private final PoolRefusals refusals = new PoolRefusals(STALL);
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void hangUp() {
        callers.shutdownNow();
    }

    @Test
    void aLineLongerThanTheTimeOutIsServedInFullWhileItMoves() throws Exception {
        CountingPool pool = new CountingPool(2);
        DataSource line = new ConnectionLine(2, STALL, refusals, () -> { }).inFrontOf(pool);
        // 24 callers each holding a connection 50 ms through two places: the last waits about 600 ms,
        // twice the time-out, and is served, because a connection comes free every 25 ms.
        CountDownLatch release = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(callers.submit(() -> {
                release.await();
                try (Connection connection = line.getConnection()) {
                    Thread.sleep(50);
                }
                return null;
            }));
        }
        release.countDown();
        for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
        }

        assertThat(pool.mostAtOnce.get()).as("calls holding a connection at once").isEqualTo(2);
        assertThat(pool.tooMany.get()).as("calls that asked a full pool").isZero();
        assertThat(refusals.total()).isZero();
    }

    @Test
    void aLineThatStandsStillForTheTimeOutIsRefusedAndCounted() throws Exception {
        DataSource line = new ConnectionLine(1, STALL, refusals, () -> { }).inFrontOf(new CountingPool(1));
        Connection held = line.getConnection();

        long asked = System.nanoTime();
        assertThatThrownBy(line::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessageContaining("came free");
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isBetween(STALL, STALL.multipliedBy(10));
        assertThat(refusals.total()).isEqualTo(1);

        held.close();
        held.close();
        // Closing twice gave the one place back once: the next caller has it, the one after is refused.
        try (Connection next = line.getConnection()) {
            assertThatThrownBy(line::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        }
        assertThat(line.getConnection()).isNotNull();
    }

    @Test
    void whenThePoolCannotReachTheDatabaseEveryCallerInLineIsToldAtOnce() throws Exception {
        Duration poolTimeOut = Duration.ofSeconds(2);
        CountDownLatch asked = new CountDownLatch(1);
        DataSource unreachable = new TestPool() {
            @Override
            public Connection getConnection() throws SQLException {
                asked.countDown();
                sleep(poolTimeOut);
                // What Hikari throws when it could not connect: the last failure is the cause.
                throw new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms",
                        new SQLException("Connection refused"));
            }
        };
        DataSource line = new ConnectionLine(1, poolTimeOut, refusals, () -> { }).inFrontOf(unreachable);
        Future<?> first = callers.submit(() -> line.getConnection());
        assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
        // The others call a moment later, as callers do: each one's own wait in line ends well after the
        // pool gives up on the first (asked at once, a busy machine could let a wait end first, and that
        // caller be refused for the line standing still: the same refusal, said otherwise).
        sleep(poolTimeOut.dividedBy(4));
        List<Future<Duration>> inLine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inLine.add(callers.submit(() -> {
                long from = System.nanoTime();
                assertThatThrownBy(line::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                        .hasMessageContaining("could not be reached");
                return Duration.ofNanos(System.nanoTime() - from);
            }));
        }

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(SQLTransientConnectionException.class);
        for (Future<Duration> caller : inLine) {
            // Told when the first was, not each a pool time-out after the one before.
            assertThat(caller.get(10, TimeUnit.SECONDS)).isLessThan(poolTimeOut.multipliedBy(2));
        }
        assertThat(refusals.total()).isEqualTo(6);
    }

    @Test
    void aFailureOtherThanARefusalGivesThePlaceBackAndIsNotCounted() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        DataSource failingOnce = new TestPool() {
            @Override
            public Connection getConnection() throws SQLException {
                if (asked.incrementAndGet() == 1) {
                    throw new SQLException("password authentication failed");
                }
                return mock(Connection.class);
            }
        };
        DataSource line = new ConnectionLine(1, STALL, refusals, () -> { }).inFrontOf(failingOnce);

        assertThatThrownBy(line::getConnection).isNotInstanceOf(SQLTransientConnectionException.class);
        assertThat(line.getConnection()).isNotNull();
        assertThat(refusals.total()).isZero();
    }

    @Test
    void aSpringTransactionOnThePoolIsTheOneJdbiJoinsThroughTheLine() {
        DataSource pool = new CountingPool(1);
        DataSource line = new ConnectionLine(1, STALL, refusals, () -> { }).inFrontOf(pool);

        assertThat(line).isInstanceOf(InfrastructureProxy.class);
        assertThat(TransactionSynchronizationUtils.unwrapResourceIfNecessary(line)).isSameAs(pool);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private abstract static class TestPool extends AbstractDataSource {
        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException();
        }
    }

    /** Hands out connections to anyone, counting how many are out at once. */
    private static final class CountingPool extends TestPool {
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger tooMany = new AtomicInteger();
        private final AtomicInteger out = new AtomicInteger();
        private final int size;

        CountingPool(int size) {
            this.size = size;
        }

        @Override
        public Connection getConnection() throws SQLException {
            int now = out.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            if (now > size) {
                tooMany.incrementAndGet();
            }
            Connection connection = mock(Connection.class);
            doAnswer(invocation -> out.decrementAndGet()).when(connection).close();
            return connection;
        }
    }
}
