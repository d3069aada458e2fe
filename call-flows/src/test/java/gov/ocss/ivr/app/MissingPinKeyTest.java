package gov.ocss.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MissingPinKeyTest {

    @Test
    void aRealDatabaseWithoutAPinKeyStopsTheStartWithTheSettingToFix(CapturedOutput output) {
        TestDatabase db = TestDatabase.empty();
        int agiPort = FreePort.find();

        assertThatThrownBy(() -> SpringApplication.run(PhoneLineApplication.class,
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=postgres",
                "--ivr.agi.port=" + agiPort, "--server.port=0"));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "No PIN key is configured.", "IVR_PIN_KEYS_1");
        assertThat(FreePort.isListening(agiPort)).isFalse();
    }
}
