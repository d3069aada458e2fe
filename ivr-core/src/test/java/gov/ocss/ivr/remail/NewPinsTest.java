package gov.ocss.ivr.remail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewPinsTest {
    private final NewPins pins = new NewPins();

    @Test
    void aNewPinIsFiveDigitsAndNeverTheCurrentOne() {
        for (int i = 0; i < 2_000; i++) {
            String pin = pins.next(candidate -> candidate.compareTo("50000") < 0);
            assertThat(pin).matches("[0-9]{5}").isGreaterThanOrEqualTo("50000");
        }
    }

    @Test
    void theFirstPinsAGuesserTriesAreNeverIssued() {
        assertThat(NewPins.guessable("00000")).isTrue();
        assertThat(NewPins.guessable("77777")).isTrue();
        assertThat(NewPins.guessable("12345")).isTrue();
        assertThat(NewPins.guessable("01234")).isTrue();
        assertThat(NewPins.guessable("98765")).isTrue();
        assertThat(NewPins.guessable("80024")).isFalse();
        assertThat(NewPins.guessable("12346")).isFalse();
    }

    @Test
    void pinsSpreadOverTheWholeRange() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(pins.next(candidate -> false));
        }
        assertThat(seen).as("1,000 draws from 100,000 values rarely repeat").hasSizeGreaterThan(980);
        assertThat(seen).anyMatch(pin -> pin.startsWith("0")).anyMatch(pin -> pin.startsWith("9"));
    }
}
