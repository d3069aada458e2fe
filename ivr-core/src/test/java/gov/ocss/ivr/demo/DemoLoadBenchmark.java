package gov.ocss.ivr.demo;

import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.db.Migrations;
import gov.ocss.ivr.ledger.BusinessCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * Times a full demo load into a throw-away embedded PostgreSQL. From the repository root:
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl ivr-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=gov.ocss.ivr.demo.DemoLoadBenchmark [-Dexec.args=100000]
 * </pre>
 */
public final class DemoLoadBenchmark {
    private DemoLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : DemoDataset.DEFAULT_CASES;
        Path dataDirectory = Files.createTempDirectory("ivr-demo-benchmark");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, false)) {
            Migrations.migrate(database.dataSource());
            Jdbi jdbi = Jdbi.create(database.dataSource()).installPlugin(new PostgresPlugin());
            DemoDataset dataset = DemoDataset.forCurrentMonth(DemoDataset.DEFAULT_SEED, cases, BusinessCalendar.system());

            DemoLoadReport report = new DemoData(jdbi, DemoPinKey.hasher()).load(dataset);

            System.out.printf("%s%n", dataset);
            for (Map.Entry<String, Long> table : report.rows().entrySet()) {
                System.out.printf("  %-26s %,12d rows%n", table.getKey(), table.getValue());
            }
            System.out.printf("  %-26s %,12d rows%n", "total", report.totalRows());
            System.out.printf("loaded %,d cases in %.1f s (%,.0f rows/s)%n", cases, report.took().toMillis() / 1000.0,
                    report.totalRows() / (report.took().toMillis() / 1000.0));
        }
    }
}
