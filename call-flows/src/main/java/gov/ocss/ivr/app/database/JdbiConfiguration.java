package gov.ocss.ivr.app.database;

import gov.ocss.ivr.ledger.Ledger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@Configuration(proxyBeanMethods = false)
class JdbiConfiguration {

    /**
     * Over a transaction-aware proxy, so Jdbi work joins a Spring transaction when there is one. A failed
     * statement's message leaves out its bound values (see StatementWithoutBoundValues).
     */
    @Bean
    Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
                .installPlugin(new PostgresPlugin())
                .configure(StatementExceptions.class, exceptions -> exceptions.setMessageRendering(new StatementWithoutBoundValues()));
    }

    @Bean
    Ledger ledger(Jdbi jdbi) {
        return new Ledger(jdbi);
    }
}
