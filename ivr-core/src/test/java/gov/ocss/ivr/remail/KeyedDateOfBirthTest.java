package gov.ocss.ivr.remail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyedDateOfBirthTest {

    @Test
    void eightDigitsAreMonthDayYear() {
        assertThat(KeyedDateOfBirth.parse("06151985")).contains(LocalDate.of(1985, 6, 15));
        assertThat(KeyedDateOfBirth.parse("02292000")).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void aDateThatDoesNotExistIsNoDate() {
        assertThat(KeyedDateOfBirth.parse("02302000")).isEmpty();
        assertThat(KeyedDateOfBirth.parse("02291985")).isEmpty();
        assertThat(KeyedDateOfBirth.parse("13011985")).isEmpty();
        assertThat(KeyedDateOfBirth.parse("00151985")).isEmpty();
    }

    @Test
    void anythingButEightDigitsIsNoDate() {
        assertThat(KeyedDateOfBirth.parse("6151985")).isEmpty();
        assertThat(KeyedDateOfBirth.parse("061519851")).isEmpty();
        assertThat(KeyedDateOfBirth.parse("06-15-85")).isEmpty();
        assertThat(KeyedDateOfBirth.parse("+6151985")).isEmpty();
        assertThat(KeyedDateOfBirth.parse(null)).isEmpty();
    }
}
