package gov.ocss.ivr.remail;

import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.db.Migrations;
import gov.ocss.ivr.demo.DemoData;
import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.DemoPinKey;
import gov.ocss.ivr.ledger.BusinessCalendar;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * Times printing the remail queue: the demo ledger (all three languages), a request queued for every
 * parent, then the worker until the queue is empty. Twice, the second time with the JIT warm. From the
 * repository root:
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl ivr-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=gov.ocss.ivr.remail.RemailPrintBenchmark [-Dexec.args="500 200"]
 * </pre>
 * (cases, batch size; two requests per case).
 */
public final class RemailPrintBenchmark {
    private RemailPrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("ivr-remail-benchmark"), false)) {
            Migrations.migrate(database.dataSource());
            Jdbi jdbi = Jdbi.create(database.dataSource()).installPlugin(new PostgresPlugin());
            new DemoData(jdbi, DemoPinKey.hasher())
                    .load(DemoDataset.forCurrentMonth(DemoDataset.DEFAULT_SEED, cases, BusinessCalendar.system()));
            RemailWorker worker = new RemailWorker(jdbi, DemoPinKey.hasher(), LetterContacts.defaults("New York City"),
                    Clock.systemUTC(), batchSize);
            for (int run = 1; run <= 2; run++) {
                jdbi.useHandle(h -> {
                    h.execute("update ivr.remail_request set status = 'MAILED' where status = 'PRINTED'");
                    h.execute("""
                            insert into ivr.remail_request (person_id, case_id, requested_at, channel, requested_by, status,
                                                            status_changed_at)
                            select cp.person_id, min(cp.case_id), now(), 'helpline', 'benchmark', 'QUEUED', now()
                              from ledger.case_participant cp group by cp.person_id""");
                });
                long started = System.nanoTime();
                List<RemailWorker.PrintedBatch> batches = worker.printQueue("benchmark", Integer.MAX_VALUE);
                double seconds = (System.nanoTime() - started) / 1e9;
                int letters = batches.stream().mapToInt(RemailWorker.PrintedBatch::letters).sum();
                long bytes = batches.stream().mapToLong(RemailWorker.PrintedBatch::documentBytes).sum();
                System.out.printf("run %d: %,d letters in %d batches of up to %d in %.1f s: %.1f ms a letter, "
                                + "%,.0f letters a minute, %.1f KB of PDF a letter%n",
                        run, letters, batches.size(), batchSize, seconds, seconds * 1000 / letters, letters / seconds * 60,
                        bytes / 1024.0 / letters);
            }
        }
    }
}
