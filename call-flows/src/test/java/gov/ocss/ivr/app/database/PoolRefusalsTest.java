package gov.ocss.ivr.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.InfrastructureProxy;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class PoolRefusalsTest {
    private final PoolRefusals refusals = new PoolRefusals(Duration.ofSeconds(1));
    private final DataSource pool = mock(DataSource.class);

    @Test
    void countsTheRequestsThePoolRefusedAfterItsTimeOutAndNothingElse() throws SQLException {
        when(pool.getConnection())
                .thenThrow(new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms"))
                .thenThrow(new SQLException("password authentication failed"))
                .thenReturn(mock(Connection.class));
        DataSource counting = refusals.counting(pool);

        assertThatThrownBy(counting::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        assertThatThrownBy(counting::getConnection).isNotInstanceOf(SQLTransientConnectionException.class);
        assertThat(counting.getConnection()).isNotNull();

        assertThat(refusals.total()).isEqualTo(1);
    }

    @Test
    void aSpringTransactionOnThePoolIsTheOneJdbiJoinsThroughIt() {
        Object key = TransactionSynchronizationUtils.unwrapResourceIfNecessary(refusals.counting(pool));

        assertThat(key).isSameAs(pool);
        assertThat(refusals.counting(pool)).isInstanceOf(InfrastructureProxy.class);
    }
}
