package gov.ocss.ivr.prompts.spoken;

import gov.ocss.ivr.prompts.Language;

/**
 * The words around the numbers in a sum of money, per language. The numbers themselves
 * always come from ICU; these are only the nouns and the little words between them.
 */
enum MoneyWording {

    ENGLISH(CountedNoun.english("dollar", "dollars"),
            CountedNoun.english("cent", "cents"),
            "and", "a credit of", ""),

    // Bengali says a sum like "দশ টাকা পঞ্চাশ পয়সা": no word between the units, and counted
    // units have no plural. "অতিরিক্ত জমা" (extra credited) is how a bank statement words
    // an overpayment; "ক্রেডিট" alone would be an English word to most callers.
    BENGALI(CountedNoun.bengaliUnit("ডলার"),
            CountedNoun.bengaliUnit("সেন্ট"),
            "", "", "অতিরিক্ত জমা"),

    // Albanian joins dollars and cents with "dhe": "e" (which ICU uses inside a number, "njëzet
    // e një") would be heard as the genitive article between two sums. Both nouns are
    // masculine (tre dollarë, tre centë). A credit is "në favorin tuaj" (in your favour)
    // rather than "kredi", which most Albanian speakers hear as a bank loan, and rather
    // than "prej ... dollarësh", which would need the ablative of every noun.
    ALBANIAN(CountedNoun.albanian("dollar", "dollarë", Gender.MASCULINE),
            CountedNoun.albanian("cent", "centë", Gender.MASCULINE),
            "dhe", "", "në favorin tuaj");

    final CountedNoun dollar;
    final CountedNoun cent;
    final String betweenDollarsAndCents;
    final String beforeCredit;
    final String afterCredit;

    MoneyWording(CountedNoun dollar, CountedNoun cent, String betweenDollarsAndCents,
                 String beforeCredit, String afterCredit) {
        this.dollar = dollar;
        this.cent = cent;
        this.betweenDollarsAndCents = betweenDollarsAndCents;
        this.beforeCredit = beforeCredit;
        this.afterCredit = afterCredit;
    }

    static MoneyWording of(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case BENGALI -> BENGALI;
            case ALBANIAN -> ALBANIAN;
        };
    }
}
