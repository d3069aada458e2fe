package gov.ocss.ivr.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server run from the binaries on the classpath, for the demo server (data kept in
 * a folder between runs) and for tests (a throw-away folder). Not for production: point the server
 * at a managed PostgreSQL there.
 *
 * <p>It can be {@linkplain #stop() stopped} and {@linkplain #startAgain() started again} on the same
 * port and data while the phone server runs, to show and test how calls ride out a database outage:
 * the connection pool keeps its URL, so it reconnects by itself.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = postgres.getPort();
    }

    /** Starts PostgreSQL on a free local port, keeping its data in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean keepData) {
        return new EmbeddedDatabase(startPostgres(dataDirectory, !keepData, 0), dataDirectory);
    }

    /** {@code port} 0: a free one. */
    private static EmbeddedPostgres startPostgres(Path dataDirectory, boolean cleanData, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(cleanData)
                    // Fast bulk loads of demo data matter more here than crash safety.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    // No replicas here, so tables filled in the transaction that emptied them skip the WAL.
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB");
            return port == 0 ? builder.start() : builder.setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Stops PostgreSQL as an operator would (a fast shutdown: sessions are cut off, committed work is
     * kept). Calls in progress find the database gone. Nothing happens if it is stopped already.
     */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    /**
     * After {@link #stop()}: PostgreSQL again, on the same port, on the data it was stopped with if it
     * was started with {@code keepData} (else the stop threw the folder away, and it starts empty).
     */
    public synchronized void startAgain() {
        if (postgres == null) {
            // Never a clean data directory here: the point is to find the data as it was left.
            postgres = startPostgres(dataDirectory, false, port);
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public synchronized String jdbcUrl(String database) {
        return running().getJdbcUrl("postgres", database);
    }

    public synchronized DataSource dataSource() {
        return running().getPostgresDatabase();
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        stop();
    }

    private EmbeddedPostgres running() {
        if (postgres == null) {
            throw new IllegalStateException("the embedded PostgreSQL is stopped");
        }
        return postgres;
    }
}
