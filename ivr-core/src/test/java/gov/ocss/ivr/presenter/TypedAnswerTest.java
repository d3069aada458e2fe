package gov.ocss.ivr.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAnswerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bengali                      | ৮০০২৪           | 80024
            Arabic-Indic                 | ٨٠٠٢٤           | 80024
            Persian and Urdu             | ۸۰۰۲۴           | 80024
            Devanagari                   | ८००२४           | 80024
            full-width                   | ８００２４           | 80024
            a case number in two scripts | ৬৯১০-461-৩২৩    | 6910461323
            a date of birth with slashes | ০৩/০৫/১৯৮৫      | 03051985
            the pound key after a PIN    | ৮০০২৪#          | 80024
            """)
    void digitsOfEveryScriptAreTheKeysAPhoneWouldSend(String keyboard, String typed, String keys) {
        assertThat(TypedAnswer.normalise(typed)).as(keyboard).isEqualTo(keys);
    }

    /** Characters with a numeric value, or the look of a digit, that are no decimal digit: kept, so the question refuses them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"²", "①", "Ⅳ", "½", "৴", "O", "l", "০O"})
    void lookAlikesAreNotTakenForDigits(String typed) {
        assertThat(TypedAnswer.normalise(typed)).doesNotMatch("[0-9]+");
    }

    @Test
    void whatACallerTypesIsReadLikeTheKeysTheyWouldPress() {
        assertThat(TypedAnswer.normalise(" 123-456 7890 ")).isEqualTo("1234567890");
        assertThat(TypedAnswer.normalise("03/15/1985")).isEqualTo("03151985");
        assertThat(TypedAnswer.normalise("12345#")).isEqualTo("12345");
        assertThat(TypedAnswer.normalise("r")).isEqualTo("*");
        assertThat(TypedAnswer.normalise("Agent")).isEqualTo("0");
        assertThat(TypedAnswer.normalise("abc")).isEqualTo("ABC");
    }
}
