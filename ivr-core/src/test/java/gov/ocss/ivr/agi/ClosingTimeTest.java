package gov.ocss.ivr.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClosingTimeTest {
    private final ClosingTime closingTime = new ClosingTime();

    @Test
    void whileTheServerRunsThereIsNoClosingTime() {
        assertThat(closingTime.isClosing()).isFalse();
        assertThat(closingTime.hasCome()).isFalse();
        assertThat(closingTime.left()).isEmpty();
    }

    @Test
    void duringTheGraceTheServerIsClosingButClosingTimeHasNotCome() {
        closingTime.closeIn(Duration.ofMinutes(1));

        assertThat(closingTime.isClosing()).isTrue();
        assertThat(closingTime.hasCome()).isFalse();
        assertThat(closingTime.left()).hasValueSatisfying(left -> assertThat(left).isBetween(Duration.ofSeconds(59), Duration.ofMinutes(1)));
    }

    @Test
    void closingTimeNeverMovesOnceSet() {
        closingTime.closeIn(Duration.ZERO);
        closingTime.closeIn(Duration.ofMinutes(1));

        assertThat(closingTime.hasCome()).isTrue();
        assertThat(closingTime.left()).hasValueSatisfying(left -> assertThat(left).isLessThanOrEqualTo(Duration.ZERO));
    }
}
