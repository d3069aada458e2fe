package gov.ocss.ivr.app.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the configured database cannot be reached" into one clear message naming the settings to
 * fix, instead of a wall of stack traces from Flyway and the pool.
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {
    private final Environment environment;

    DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        // 08: connection exceptions; 28: bad user or password; 3D000: no such database.
        if (!(state.startsWith("08") || state.startsWith("28") || state.equals("3D000"))) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        return new FailureAnalysis(
                "Cannot connect to the database at " + withoutQuery(url) + ": " + cause.getMessage(),
                """
                Check the database settings: SPRING_DATASOURCE_URL (spring.datasource.url), \
                SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the server is running \
                and reachable from here. To run on the embedded demo database instead, leave SPRING_DATASOURCE_URL unset.""",
                cause);
    }

    /** A JDBC URL's query may carry a password; never print it. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
