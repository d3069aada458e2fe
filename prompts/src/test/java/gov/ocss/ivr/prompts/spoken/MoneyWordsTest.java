package gov.ocss.ivr.prompts.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyWordsTest {

    @ParameterizedTest(name = "{0} cents")
    @CsvSource(delimiter = '|', textBlock = """
            0       | zero dollars
            1       | one cent
            99      | ninety-nine cents
            100     | one dollar
            101     | one dollar and one cent
            2100    | twenty-one dollars
            10000   | one hundred dollars
            100050  | one thousand dollars and fifty cents
            1234567 | twelve thousand three hundred forty-five dollars and sixty-seven cents
            10000000  | one hundred thousand dollars
            123456789 | one million two hundred thirty-four thousand five hundred sixty-seven dollars and eighty-nine cents
            """)
    void englishAmounts(long cents, String expected) {
        assertThat(MoneyWords.of(Language.ENGLISH).amount(cents).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cents")
    @CsvSource(delimiter = '|', textBlock = """
            0       | শূন্য ডলার
            1       | এক সেন্ট
            99      | নিরানব্বই সেন্ট
            100     | এক ডলার
            101     | এক ডলার এক সেন্ট
            2000    | বিশ ডলার
            2100    | একুশ ডলার
            10000   | একশো ডলার
            100050  | এক হাজার ডলার পঞ্চাশ সেন্ট
            1234567 | বারো হাজার তিনশো পঁয়তাল্লিশ ডলার সাতষট্টি সেন্ট
            10000000  | এক লাখ ডলার
            123456789 | বারো লাখ চৌত্রিশ হাজার পাঁচশো সাতষট্টি ডলার উননব্বই সেন্ট
            1000000000 | এক কোটি ডলার
            """)
    void bengaliAmountsGroupInThousandsLakhsAndCrores(long cents, String expected) {
        assertThat(MoneyWords.of(Language.BENGALI).amount(cents).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} cents")
    @CsvSource(delimiter = '|', textBlock = """
            0       | zero dollarë
            1       | një cent
            3       | tre centë
            99      | nëntëdhjetë e nëntë centë
            100     | një dollar
            101     | një dollar dhe një cent
            2100    | njëzet e një dollarë
            2300    | njëzet e tre dollarë
            10000   | njëqind dollarë
            100050  | një mijë dollarë dhe pesëdhjetë centë
            1234567 | dymbëdhjetë mijë e treqind e dyzet e pesë dollarë dhe gjashtëdhjetë e shtatë centë
            10000000  | njëqind mijë dollarë
            123456789 | një milion e dyqind e tridhjetë e katër mijë e pesëqind e gjashtëdhjetë e shtatë dollarë dhe tetëdhjetë e nëntë centë
            300000003 | tre milionë dollarë dhe tre centë
            """)
    void albanianAmountsAreMasculineWithDollarsAndCentsJoinedByDhe(long cents, String expected) {
        assertThat(MoneyWords.of(Language.ALBANIAN).amount(cents).text()).isEqualTo(expected);
    }

    @Test
    void aCreditIsWordedAsMoneyOwedToTheCaller() {
        assertThat(MoneyWords.of(Language.ENGLISH).credit(5000).text()).isEqualTo("a credit of fifty dollars");
        assertThat(MoneyWords.of(Language.BENGALI).credit(5000).text()).isEqualTo("পঞ্চাশ ডলার অতিরিক্ত জমা");
        assertThat(MoneyWords.of(Language.ALBANIAN).credit(5000).text())
                .isEqualTo("pesëdhjetë dollarë në favorin tuaj");
    }

    @Test
    void aCreditOfDollarsAndCentsKeepsTheAmountWhole() {
        assertThat(MoneyWords.of(Language.ENGLISH).credit(101).text())
                .isEqualTo("a credit of one dollar and one cent");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNegativeAmountIsRefusedSoNoCallerHearsMinusOrDebt(Language language) {
        assertThatThrownBy(() -> MoneyWords.of(language).amount(-5000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credit");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void aCreditIsMoreThanZero(long cents) {
        assertThatThrownBy(() -> MoneyWords.of(Language.ENGLISH).credit(cents))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} {1} cents")
    @CsvSource({
        "ENGLISH, 1", "ENGLISH, 99", "ENGLISH, 100", "ENGLISH, 2100", "ENGLISH, 10000", "ENGLISH, 100050",
        "ENGLISH, 1234567", "ENGLISH, 10000000", "ENGLISH, 123456789",
        "BENGALI, 1", "BENGALI, 99", "BENGALI, 100", "BENGALI, 2100", "BENGALI, 10000", "BENGALI, 100050",
        "BENGALI, 1234567", "BENGALI, 10000000", "BENGALI, 123456789",
        "ALBANIAN, 1", "ALBANIAN, 99", "ALBANIAN, 100", "ALBANIAN, 2100", "ALBANIAN, 10000", "ALBANIAN, 100050",
        "ALBANIAN, 1234567", "ALBANIAN, 10000000", "ALBANIAN, 123456789",
    })
    void theNumberWordsAreIcusSpellOutOfTheDollarsAndTheCents(Language language, long cents) {
        MoneyWording wording = MoneyWording.of(language);
        String ruleSet = IcuReference.cardinalRuleSet(language);
        long dollars = cents / 100;
        long centsPart = cents % 100;
        List<String> expected = new ArrayList<>();
        if (dollars > 0) {
            expected.addAll(IcuReference.words(language, dollars, ruleSet));
            expected.add(wording.dollar.formFor(dollars == 1 ? "one" : "other"));
        }
        if (dollars > 0 && centsPart > 0 && !wording.betweenDollarsAndCents.isEmpty()) {
            expected.add(wording.betweenDollarsAndCents);
        }
        if (centsPart > 0) {
            expected.addAll(IcuReference.words(language, centsPart, ruleSet));
            expected.add(wording.cent.formFor(centsPart == 1 ? "one" : "other"));
        }

        assertThat(MoneyWords.of(language).amount(cents).words()).isEqualTo(expected);
    }
}
