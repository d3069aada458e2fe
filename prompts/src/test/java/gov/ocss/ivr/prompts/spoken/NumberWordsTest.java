package gov.ocss.ivr.prompts.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.Language;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NumberWordsTest {

    private static final CountedNoun PAYMENTS_EN = CountedNoun.english("payment", "payments");
    private static final CountedNoun PAYMENTS_BN = CountedNoun.bengali("পেমেন্ট");
    private static final CountedNoun PAYMENTS_SQ = CountedNoun.albanian("pagesë", "pagesa", Gender.FEMININE);

    @ParameterizedTest(name = "{0} payments")
    @CsvSource(delimiter = '|', textBlock = """
            1  | one payment         | একটি পেমেন্ট     | një pagesë
            2  | two payments        | দুইটি পেমেন্ট     | dy pagesa
            3  | three payments      | তিনটি পেমেন্ট     | tri pagesa
            21 | twenty-one payments | একুশটি পেমেন্ট    | njëzet e një pagesa
            23 | twenty-three payments | তেইশটি পেমেন্ট  | njëzet e tri pagesa
            """)
    void countsChooseTheNounFormTheNumberGenderAndTheBengaliClassifier(
            long count, String english, String bengali, String albanian) {
        assertThat(NumberWords.of(Language.ENGLISH).count(count, PAYMENTS_EN).text()).isEqualTo(english);
        assertThat(NumberWords.of(Language.BENGALI).count(count, PAYMENTS_BN).text()).isEqualTo(bengali);
        assertThat(NumberWords.of(Language.ALBANIAN).count(count, PAYMENTS_SQ).text()).isEqualTo(albanian);
    }

    @Test
    void theBengaliClassifierIsAWordOfItsOwnForTheVoice() {
        assertThat(NumberWords.of(Language.BENGALI).count(3, PAYMENTS_BN).words())
                .containsExactly("তিন", "টি", "পেমেন্ট");
    }

    @Test
    void bengaliUnitsTakeNoClassifierAndZeroNeverDoes() {
        NumberWords bengali = NumberWords.of(Language.BENGALI);

        assertThat(bengali.count(3, CountedNoun.bengaliUnit("দিন")).text()).isEqualTo("তিন দিন");
        assertThat(bengali.count(0, PAYMENTS_BN).text()).isEqualTo("শূন্য পেমেন্ট");
    }

    @Test
    void aNounIsCountedOnlyInItsOwnLanguage() {
        assertThatThrownBy(() -> NumberWords.of(Language.ALBANIAN).count(2, PAYMENTS_EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLISH  | 888-208-4485 | eight eight eight two zero eight four four eight five
            BENGALI  | 888-208-4485 | আট আট আট দুই শূন্য আট চার চার আট পাঁচ
            ALBANIAN | 888-208-4485 | tetë tetë tetë dy zero tetë katër katër tetë pesë
            ALBANIAN | 30 3         | tre zero tre
            """)
    void digitsAreReadOneByOneWithoutTheGroupingMarks(Language language, String digits, String expected) {
        assertThat(NumberWords.of(language).digits(digits).text()).isEqualTo(expected);
    }

    @Test
    void digitsRefuseWhatTheyCannotSay() {
        assertThatThrownBy(() -> NumberWords.of(Language.ENGLISH).digits("12A4"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberWords.of(Language.ENGLISH).digits("١٢"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLISH  | 2025 | twenty twenty-five
            ENGLISH  | 2000 | two thousand
            ENGLISH  | 2009 | two thousand nine
            ENGLISH  | 2010 | twenty ten
            ENGLISH  | 1999 | nineteen ninety-nine
            BENGALI  | 2025 | দুই হাজার পঁচিশ
            BENGALI  | 2020 | দুই হাজার বিশ
            ALBANIAN | 2025 | dy mijë e njëzet e pesë
            ALBANIAN | 2023 | dy mijë e njëzet e tre
            """)
    void yearsAreSaidTheWayEachLanguageSaysThem(Language language, int year, String expected) {
        assertThat(NumberWords.of(language).year(year).text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void negativeNumbersAreNotSpoken(Language language) {
        assertThatThrownBy(() -> NumberWords.of(language).cardinal(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bengaliTwentyIsBishAndOnlyTheCorrectedWordsDifferFromIcu() {
        NumberWords bengali = NumberWords.of(Language.BENGALI);
        Map<String, String> corrected = Map.of(
                "কুড়ি", "বিশ", "তিপান্ন", "তিপ্পান্ন", "ছাপান্ন", "ছাপ্পান্ন", "অষ্টআশি", "অষ্টাশি");

        assertThat(bengali.cardinal(20).text()).isEqualTo("বিশ");
        assertThat(bengali.cardinal(20_120).text()).isEqualTo("বিশ হাজার একশো বিশ");
        for (long n = 0; n < 3_000_000; n += 97) {
            String icu = IcuReference.words(Language.BENGALI, n, "%spellout-cardinal").stream()
                    .map(word -> corrected.getOrDefault(word, word))
                    .collect(Collectors.joining(" "));
            assertThat(bengali.cardinal(n).text()).isEqualTo(icu);
        }
    }

    @Test
    void albanianMillionsAreMasculineAndNothingElseDiffersFromIcu() {
        NumberWords albanian = NumberWords.of(Language.ALBANIAN);

        assertThat(albanian.cardinal(3_000_000).text()).isEqualTo("tre milionë");
        assertThat(albanian.cardinal(3_000_000, Gender.FEMININE).text()).isEqualTo("tre milionë");
        assertThat(albanian.cardinal(23_003_003, Gender.FEMININE).text())
                .isEqualTo("njëzet e tre milionë e tre mijë e tri");
        for (long n = 0; n < 30_000_000; n += 9_973) {
            String icu = String.join(" ", IcuReference.words(Language.ALBANIAN, n, "%spellout-cardinal-masculine"));
            assertThat(albanian.cardinal(n).text()).isEqualTo(icu.replace("tri milionë", "tre milionë"));
        }
    }

    @Test
    void albanianThreeAgreesWithTheNoun() {
        NumberWords albanian = NumberWords.of(Language.ALBANIAN);

        assertThat(albanian.cardinal(3, Gender.MASCULINE).text()).isEqualTo("tre");
        assertThat(albanian.cardinal(3, Gender.FEMININE).text()).isEqualTo("tri");
        assertThat(albanian.cardinal(13, Gender.FEMININE).text()).isEqualTo("trembëdhjetë");
    }
}
