package gov.ocss.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.demo.DemoDataset;
import gov.ocss.ivr.demo.ShowcaseCase;
import gov.ocss.ivr.ledger.BusinessCalendar;
import gov.ocss.ivr.ledger.Ledger;
import gov.ocss.ivr.pin.PinHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** What `./phoneline start` gives a newcomer: no settings, an embedded PostgreSQL, the demo cases of the README. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDemoServerTest {

    @Test
    void withNoDatabaseConfiguredItRunsOnEmbeddedPostgresWithTheDemoDataKeptBetweenRuns(CapturedOutput output) throws Exception {
        Path dataDirectory = Files.createTempDirectory("ivr-demo-db");
        int agiPort = FreePort.find();
        String[] args = {"--ivr.embedded-database.directory=" + dataDirectory, "--ivr.agi.port=" + agiPort, "--server.port=0"};

        try (ConfigurableApplicationContext app = SpringApplication.run(PhoneLineApplication.class, args)) {
            assertThat(FreePort.isListening(agiPort)).isTrue();
            assertThat(output.getOut()).contains("No database configured: using the embedded PostgreSQL in " + dataDirectory)
                    .contains("SPRING_DATASOURCE_URL")
                    .contains("Loaded demo data: 300 cases");

            Ledger ledger = app.getBean(Ledger.class);
            PinHasher pins = app.getBean(PinHasher.class);
            Jdbi jdbi = app.getBean(Jdbi.class);
            // Issue 19: so that each case's first PIN check is one statement, the server reads at its start
            // whose PINs the parents of every case with one hold, on a thread of its own.
            int casesWithPins = jdbi.withHandle(h -> h.createQuery("""
                            select count(distinct cp.case_id) from ledger.case_participant cp
                              join ledger.pin_credential cr on cr.person_id = cp.person_id and cr.status in ('ACTIVE', 'PENDING')""")
                    .mapTo(Integer.class).one());
            assertThat(casesWithPins).isPositive();
            String learned = String.format(Locale.ROOT, "Learned whose PINs the parents of %,d cases hold", casesWithPins);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output.getOut().contains(learned) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(output.getOut()).contains(learned);
            DemoDataset demo = DemoDataset.forCurrentMonth(DemoDataset.DEFAULT_SEED, 300, BusinessCalendar.system());
            for (ShowcaseCase showcase : demo.showcase()) {
                var found = ledger.findCase(showcase.supportCase().caseNumber());
                assertThat(found).as("README case %s", showcase).isPresent();
                long personId = showcase.caller().id();
                var credential = jdbi.withHandle(h -> h.createQuery(
                                "select pin_hash, key_version from ledger.pin_credential where person_id = :p and status = 'ACTIVE'")
                        .bind("p", personId)
                        .map((rs, ctx) -> pins.matches(personId, showcase.caller().pin().digits(), rs.getBytes(1), rs.getInt(2)))
                        .one());
                assertThat(credential).as("the README's PIN for %s verifies", showcase).isTrue();
            }
        }

        int agiPortAgain = FreePort.find();
        try (ConfigurableApplicationContext again = SpringApplication.run(PhoneLineApplication.class,
                "--ivr.embedded-database.directory=" + dataDirectory, "--ivr.agi.port=" + agiPortAgain, "--server.port=0")) {
            assertThat(output.getOut()).contains("The demo data for");
            assertThat(FreePort.isListening(agiPortAgain)).isTrue();
        }
    }
}
