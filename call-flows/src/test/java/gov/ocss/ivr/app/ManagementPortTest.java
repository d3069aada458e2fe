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

/**
 * With {@code management.server.port} set, health and metrics move to that port (one a firewall can
 * keep to the management network), still open to a scraper and still behind the console's security
 * rules, and the console's port no longer serves them.
 */
class ManagementPortTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() throws Exception {
        TestDatabase db = TestDatabase.empty();
        int managementPort = FreePort.find();

        ConfigurableApplicationContext app = SpringApplication.run(PhoneLineApplication.class,
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--ivr.pin.keys.1=" + PhoneLineApplicationTest.TEST_PIN_KEY,
                "--ivr.agi.port=" + FreePort.find(),
                "--server.port=0",
                "--management.server.port=" + managementPort);
        try {
            int consolePort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));

            HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("ivr_calls_total{line=\"helpline\",outcome=\"completed\"} 0",
                    "ivr_calls_in_progress{line=\"tty\"} 0", "hikaricp_connections_max");
            assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
            // The console's security rules hold there too: an endpoint someone exposes later is refused, not open.
            assertThat(metrics.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'"));

            assertThat(get(consolePort, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
        } finally {
            app.close();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
