package gov.ocss.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTest {

    @Test
    void anUnreachableDatabaseGivesOneClearErrorNamingTheSettingAndNoPassword(CapturedOutput output) {
        int closedPort = FreePort.find();
        int agiPort = FreePort.find();

        assertThatThrownBy(() -> SpringApplication.run(PhoneLineApplication.class,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/ledger?password=hunter2",
                "--ivr.agi.port=" + agiPort,
                "--server.port=0"));

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + closedPort + "/ledger")
                .contains("SPRING_DATASOURCE_URL")
                .doesNotContain("hunter2")
                .doesNotContain("\tat org.flywaydb");
        assertThat(FreePort.isListening(agiPort)).as("no calls are taken without a database").isFalse();
    }
}
