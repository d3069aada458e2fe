package gov.ocss.ivr.testing;

import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.db.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for tests: one server per test JVM, started on first use, and a new, fully
 * migrated database for each caller of {@link #fresh()}, so test classes never see each other's rows.
 */
public final class TestDatabase {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;
    private static String template;

    private final String name;
    private final DataSource dataSource;
    private final Jdbi jdbi;

    private TestDatabase(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    }

    /** A new, migrated, empty database: a copy of one migrated once per JVM, which is much faster than migrating. */
    public static TestDatabase fresh() {
        return create("template " + migratedTemplate());
    }

    /** A new database with no schema at all (for migration tests). */
    public static TestDatabase empty() {
        return create("");
    }

    private static TestDatabase create(String options) {
        String name = "test_" + COUNTER.incrementAndGet();
        Jdbi.create(server().dataSource()).useHandle(h -> h.execute("create database " + name + " " + options));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server().jdbcUrl(name));
        return new TestDatabase(name, ds);
    }

    private static synchronized String migratedTemplate() {
        if (template == null) {
            TestDatabase db = empty();
            Migrations.migrate(db.dataSource);
            template = db.name;
        }
        return template;
    }

    private static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                server = EmbeddedDatabase.start(Files.createTempDirectory("ivr-test-pg"), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return server;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server().jdbcUrl(name);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}
