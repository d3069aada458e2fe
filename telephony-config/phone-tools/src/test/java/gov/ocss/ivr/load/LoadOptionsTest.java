package gov.ocss.ivr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void withoutOptionsARunIsAThousandRealisticCallsAHundredAtATime() {
        LoadOptions options = LoadOptions.parse();

        assertThat(options.calls()).isEqualTo(1_000);
        assertThat(options.concurrency()).isEqualTo(100);
        assertThat(options.think()).isEqualTo(Think.REALISTIC);
        assertThat(options.cases()).isEqualTo(100_000);
        assertThat(options.baseline()).isTrue();
    }

    @Test
    void aDurationBoundsTheRunInsteadOfACount() {
        LoadOptions options = LoadOptions.parse("--duration", "5m", "--ramp-up", "90s", "--think", "0");

        assertThat(options.duration()).contains(Duration.ofMinutes(5));
        assertThat(options.calls()).isEqualTo(Long.MAX_VALUE);
        assertThat(options.rampUp()).isEqualTo(Duration.ofSeconds(90));
        assertThat(options.think()).isEqualTo(Think.ZERO);
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> LoadOptions.parse("--concurrency", "0")).hasMessageContaining("--concurrency must be at least 1");
        assertThatThrownBy(() -> LoadOptions.parse("--tty-share", "2")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> LoadOptions.parse("--ramp-up", "soon")).hasMessageContaining("such as 30s");
        assertThatThrownBy(() -> LoadOptions.parse("--think", "lots")).hasMessageContaining("0 or realistic");
        assertThatThrownBy(() -> LoadOptions.parse("--calls")).hasMessageContaining("needs a value");
    }
}
