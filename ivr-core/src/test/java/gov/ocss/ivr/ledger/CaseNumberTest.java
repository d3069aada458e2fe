package gov.ocss.ivr.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @Test
    void acceptsTenDigitsWhoseLastIsTheLuhnCheckDigit() {
        // 123456789 -> Luhn check digit 7 (the textbook example).
        assertThat(CaseNumber.parse("1234567897")).hasValueSatisfying(n -> assertThat(n.digits()).isEqualTo("1234567897"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567898", "2134567897", "123456789", "12345678970", "12345a7897", "", " 1234567897"})
    void rejectsAMistypedNumber(String keyed) {
        assertThat(CaseNumber.parse(keyed)).isEmpty();
    }

    @Test
    void catchesEverySingleDigitTypo() {
        String good = CaseNumber.withCheckDigit(482_913_065L).digits();
        for (int position = 0; position < 10; position++) {
            for (char d = '0'; d <= '9'; d++) {
                if (good.charAt(position) == d) {
                    continue;
                }
                String typo = good.substring(0, position) + d + good.substring(position + 1);
                assertThat(CaseNumber.parse(typo)).as("typo %s", typo).isEmpty();
            }
        }
    }

    @Test
    void catchesSwappedNeighbouringDigits() {
        String good = CaseNumber.withCheckDigit(112_358_132L).digits();
        for (int i = 0; i < 9; i++) {
            if (good.charAt(i) == good.charAt(i + 1) || Math.abs(good.charAt(i) - good.charAt(i + 1)) == 9) {
                continue; // Luhn cannot see 0<->9 swaps; they are the known blind spot.
            }
            String swapped = good.substring(0, i) + good.charAt(i + 1) + good.charAt(i) + good.substring(i + 2);
            assertThat(CaseNumber.parse(swapped)).as("swap at %d", i).isEmpty();
        }
    }

    @Test
    void neverShowsTheWholeNumberInALog() {
        CaseNumber number = CaseNumber.parse("1234567897").orElseThrow();
        assertThat(number.toString()).doesNotContain("123456").endsWith("7897");
    }
}
