package gov.ocss.ivr.app.database;

import com.zaxxer.hikari.HikariDataSource;
import gov.ocss.ivr.db.EmbeddedDatabase;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no database configured, the server brings its own: a PostgreSQL from the classpath whose
 * data stays in a local folder between runs, so a newcomer can call the demo line at once.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${ivr.embedded-database.directory:data/postgres}") Path directory) {
        EmbeddedDatabase database = EmbeddedDatabase.start(directory.toAbsolutePath(), true);
        log.info("No database configured: using the embedded PostgreSQL in {} (port {}). "
                        + "To use your own server, set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                database.dataDirectory(), database.port());
        return database;
    }

    /**
     * Bound to {@code spring.datasource.hikari.*} like the pool Spring Boot makes for a configured
     * database, so the time-outs in application.properties (how soon a caller hears that the system is
     * down) hold on the demo line too.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("embedded");
        pool.setJdbcUrl(database.jdbcUrl("postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(20);
        // As for a configured database (application.properties): see logServerErrorDetail there.
        pool.addDataSourceProperty("logServerErrorDetail", "false");
        return pool;
    }

    static final class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
