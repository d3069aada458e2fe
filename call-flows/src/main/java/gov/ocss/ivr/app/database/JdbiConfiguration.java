package gov.ocss.ivr.app.database;

import com.zaxxer.hikari.HikariDataSource;
import gov.ocss.ivr.app.schedule.BackgroundJob;
import gov.ocss.ivr.call.DatabaseOutageReport;
import gov.ocss.ivr.ledger.Ledger;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class JdbiConfiguration {

    /** How often the line says how many requests the pool refused, when it refused any. */
    static final Duration REFUSALS_REPORTED_EVERY = Duration.ofMinutes(1);

    @Bean
    PoolRefusals poolRefusals(@Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeoutMillis) {
        return new PoolRefusals(Duration.ofMillis(connectionTimeoutMillis));
    }

    /** Set on the pool before it starts: Hikari's look at failures on its connections, for the watch. */
    /** Read from the settings directly: a post-processor is made before the settings' beans are. */
    @Bean
    static AbandonedTransactions abandonedTransactions(Environment settings) {
        return new AbandonedTransactions(Binder.get(settings).bindOrCreate("ivr.database", DatabaseProperties.class)
                .abandonedTransactionTimeout());
    }

    @Bean
    static ConnectionLosses connectionLosses() {
        return new ConnectionLosses();
    }

    /** Whether the database can be reached, known between calls (DatabaseWatch); the pool is Hikari, Spring Boot's. */
    @Bean(destroyMethod = "close")
    DatabaseWatch databaseWatch(DataSource dataSource, ConnectionLosses losses) throws SQLException {
        DatabaseWatch watch = new DatabaseWatch(dataSource.unwrap(HikariDataSource.class));
        losses.tell(watch);
        return watch.start();
    }

    @Bean
    ConnectionLine connectionLine(DataSource dataSource, PoolRefusals refusals, DatabaseWatch watch,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int configuredPoolSize,
            @Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeoutMillis) throws SQLException {
        // The pool's own size where it tells it: Spring Boot's default pool is Hikari.
        int poolSize = dataSource.isWrapperFor(HikariDataSource.class)
                ? dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()
                : configuredPoolSize;
        return new ConnectionLine(poolSize, Duration.ofMillis(connectionTimeoutMillis), refusals, watch::suspect);
    }

    @Bean
    BackgroundJob poolRefusalsReport(PoolRefusals refusals) {
        return new BackgroundJob("pool-refusals-report", REFUSALS_REPORTED_EVERY, () -> refusals.report(REFUSALS_REPORTED_EVERY),
                "The pool's refusals are not reported");
    }

    /** While calls fail for want of the database, the log says how many once a minute (the first at once). */
    @Bean
    BackgroundJob databaseOutageReport() {
        return new BackgroundJob("database-outage-report", REFUSALS_REPORTED_EVERY, () -> DatabaseOutageReport.calls().report(),
                "Calls that fail for want of the database are counted but not reported after the first");
    }

    /**
     * Calls wait for a connection in one line in front of the pool (ConnectionLine). A failed
     * statement's message leaves out its bound values (see StatementWithoutBoundValues). Each wait for
     * the database's answer is bounded (QueryTimeLimit), so a network that drops packets silently cannot
     * hold a caller. The line has no Spring transactions, only Jdbi's own, so its connections are not
     * wrapped in Spring's transaction-aware proxy: a reflective call on every use of a connection.
     */
    @Bean
    Jdbi jdbi(DataSource dataSource, ConnectionLine line, DatabaseProperties limits) {
        QueryTimeLimit bounded = new QueryTimeLimit(dataSource, limits.queryTimeout(), limits.heldQueryTimeout());
        return Jdbi.create(line.inFrontOf(bounded))
                .installPlugin(new PostgresPlugin())
                .configure(StatementExceptions.class, exceptions -> exceptions.setMessageRendering(new StatementWithoutBoundValues()));
    }

    @Bean
    Ledger ledger(Jdbi jdbi) {
        return new Ledger(jdbi);
    }
}
