package gov.ocss.ivr.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema, as Flyway migrations in {@code db/migration}: the ledger and the phone service's own tables. */
public final class Migrations {
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate();
    }
}
