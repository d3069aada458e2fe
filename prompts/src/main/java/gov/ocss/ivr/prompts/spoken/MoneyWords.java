package gov.ocss.ivr.prompts.spoken;

import gov.ocss.ivr.prompts.Language;

/**
 * Sums of US money as a caller hears them, from integer cents as the ledger keeps them:
 * "one thousand dollars and fifty cents", "এক হাজার ডলার পঞ্চাশ সেন্ট",
 * "një mijë dollarë dhe pesëdhjetë centë". Zero cents are not said; zero dollars are not
 * said when there are cents; nothing at all is "zero dollars".
 */
public final class MoneyWords {

    private final NumberWords numbers;
    private final MoneyWording wording;

    private MoneyWords(Language language) {
        this.numbers = NumberWords.of(language);
        this.wording = MoneyWording.of(language);
    }

    public static MoneyWords of(Language language) {
        return new MoneyWords(language);
    }

    /** An amount owed, paid or sent; never negative (see {@link #credit(long)}). */
    public SpokenPhrase amount(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException(
                    "a negative amount is a credit; say it with credit(" + -cents + "): " + cents);
        }
        long dollars = cents / 100;
        long centsPart = cents % 100;
        if (centsPart == 0) {
            return numbers.count(dollars, wording.dollar);
        }
        SpokenPhrase centsPhrase = numbers.count(centsPart, wording.cent);
        if (dollars == 0) {
            return centsPhrase;
        }
        return numbers.count(dollars, wording.dollar)
                .then(wording.betweenDollarsAndCents)
                .then(centsPhrase);
    }

    /**
     * An overpaid balance, the agency owing the caller: "a credit of fifty dollars",
     * "পঞ্চাশ ডলার অতিরিক্ত জমা", "pesëdhjetë dollarë në favorin tuaj". Takes the credit
     * as a positive number of cents so the prompt, not the sign, decides the sentence.
     */
    public SpokenPhrase credit(long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("a credit is more than zero cents: " + cents);
        }
        return SpokenPhrase.of(wording.beforeCredit).then(amount(cents)).then(wording.afterCredit);
    }

    /** The same credit wording around an amount written in figures, for the TTY line. */
    public String writtenCredit(String writtenAmount) {
        return String.join(" ", wording.beforeCredit, writtenAmount, wording.afterCredit).strip();
    }
}
