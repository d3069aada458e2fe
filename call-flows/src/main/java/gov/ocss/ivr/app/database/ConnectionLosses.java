package gov.ocss.ivr.app.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import gov.ocss.ivr.call.DatabaseOutageReport;
import java.sql.SQLException;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Hikari's one look at every failure on a pooled connection, set on the pool before it starts (Hikari
 * takes it only then): a failure that means the connection is lost (SQLState 08, PostgreSQL shutting
 * down) is passed to the {@link DatabaseWatch}. Hikari's own judgement stands: the lost connection is
 * evicted as before.
 */
final class ConnectionLosses implements BeanPostProcessor, SQLExceptionOverride {
    private volatile DatabaseWatch watch;

    @java.lang.Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getExceptionOverride() == null
                && pool.getExceptionOverrideClassName() == null) {
            pool.setExceptionOverride(this);
        }
        return bean;
    }

    void tell(DatabaseWatch watch) {
        this.watch = watch;
    }

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        DatabaseWatch told = watch;
        if (told != null && DatabaseOutageReport.meansOutOfReach(failure)) {
            told.connectionLost();
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
