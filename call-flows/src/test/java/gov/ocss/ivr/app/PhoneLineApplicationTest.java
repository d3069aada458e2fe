package gov.ocss.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The server against a configured PostgreSQL: it migrates, listens for Asterisk, reports health, stops cleanly. */
class PhoneLineApplicationTest {
    static final String TEST_PIN_KEY = "dGVzdC1vbmx5LXRlc3Qtb25seS10ZXN0LW9ubHktdGVzdC1vbmx5IQ==";

    @Test
    void startsOnAConfiguredDatabaseListensForAsteriskReportsHealthyAndStopsCleanly() throws Exception {
        TestDatabase db = TestDatabase.empty();
        int agiPort = FreePort.find();

        ConfigurableApplicationContext app = SpringApplication.run(PhoneLineApplication.class,
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--ivr.pin.keys.1=" + TEST_PIN_KEY,
                "--ivr.agi.port=" + agiPort,
                "--server.port=0");
        try {
            assertThat(FreePort.isListening(agiPort)).as("Asterisk can connect").isTrue();

            int httpPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"agiListener\"", "\"db\"", "127.0.0.1:" + agiPort);

            int tables = db.jdbi().withHandle(h -> h.createQuery(
                    "select count(*) from information_schema.tables where table_schema = 'ledger'").mapTo(Integer.class).one());
            assertThat(tables).as("the ledger was migrated").isGreaterThan(10);
            int cases = db.jdbi().withHandle(h -> h.createQuery("select count(*) from ledger.support_case").mapTo(Integer.class).one());
            assertThat(cases).as("no demo data in somebody's real database unless asked").isZero();
        } finally {
            app.close();
        }
        assertThat(FreePort.isListening(agiPort)).as("the port is released on shutdown").isFalse();
    }
}

