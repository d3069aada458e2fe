package gov.ocss.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.pin.PinHasher;
import gov.ocss.ivr.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

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

    @Test
    void theKeyCanBeReadFromAFileOutsideTheDatabaseAsASecretsMountHoldsIt(@TempDir Path secrets) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(secrets.resolve("ivr.pin.keys.1"), Base64.getEncoder().encodeToString(key) + "\n");
        TestDatabase db = TestDatabase.empty();

        try (ConfigurableApplicationContext app = SpringApplication.run(PhoneLineApplication.class,
                "--spring.config.import=configtree:" + secrets + "/", "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=postgres", "--ivr.agi.port=" + FreePort.find(), "--server.port=0")) {
            PinHasher hasher = app.getBean(PinHasher.class);
            byte[] hashWithTheFilesKey = new PinHasher(Map.of(1, key), 1).hash(7, "24680");

            assertThat(hasher.matches(7, "24680", hashWithTheFilesKey, 1)).isTrue();
        }
    }
}
