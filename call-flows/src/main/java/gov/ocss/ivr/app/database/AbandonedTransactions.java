package gov.ocss.ivr.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * PostgreSQL ends any session of ours left idle inside a transaction for longer than
 * {@code ivr.database.abandoned-transaction-timeout}, set on the pool before it starts (each session's
 * start-up carries it: no extra round trip). A PIN check holds advisory locks on its case and number to
 * its transaction's end; if the network to this server is cut in the middle, PostgreSQL would otherwise
 * keep the session, and the locks, until TCP gives up on it (two hours and more with Linux's defaults),
 * and every other server's check on that case would wait for them. Our transactions are never idle for
 * more than milliseconds, so a minute is only ever an abandoned one.
 */
final class AbandonedTransactions implements BeanPostProcessor {
    private final Duration timeout;

    AbandonedTransactions(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !pool.getDataSourceProperties().containsKey("options")) {
            pool.addDataSourceProperty("options", "-c idle_in_transaction_session_timeout=" + timeout.toMillis());
        }
        return bean;
    }
}
