package gov.ocss.ivr.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PoolRefusalsTest {
    private static final String LINE = "requests for a database connection were refused";

    @Test
    void anIntervalWithRefusalsIsOneLineWithTheirCountAndAQuietIntervalIsNone(CapturedOutput output) {
        PoolRefusals refusals = new PoolRefusals(Duration.ofSeconds(1));
        for (int i = 0; i < 37; i++) {
            refusals.count();
        }

        refusals.report(Duration.ofMinutes(1));
        refusals.report(Duration.ofMinutes(1));

        assertThat(output.getOut().lines().filter(line -> line.contains(LINE)))
                .singleElement().asString()
                .contains("37 " + LINE + " in the last 60 s")
                .contains("within 1000 ms")
                .contains("WARN");
        assertThat(refusals.total()).isEqualTo(37);
    }
}
