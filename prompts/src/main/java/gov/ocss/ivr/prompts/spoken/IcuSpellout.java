package gov.ocss.ivr.prompts.spoken;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;

/**
 * ICU's spell-out rules for a language, with the few corrections a caller would notice.
 * Each correction rewrites one of ICU's own rules (the other rules stay ICU's, and every
 * number built from the corrected one is corrected with it); if a later ICU changes the rule
 * the rewrite no longer matches and ICU's output is used unchanged, and the tests pinning
 * these words fail so someone looks again.
 */
final class IcuSpellout {

    private IcuSpellout() {
    }

    static RuleBasedNumberFormat rulesFor(Language language) {
        ULocale locale = ULocale.forLocale(language.locale());
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        String rules = icu.toString();
        String corrected = switch (language) {
            // ICU says কুড়ি for 20. Most Bengali speakers in New York come from Bangladesh,
            // where the standard word (school books, banks, news) is বিশ; কুড়ি sounds
            // regional there. Only 20 itself uses this rule (21 is একুশ...).
            // ICU misspells 53, 56 and 88: the standard words double the প (তিপ্পান্ন,
            // ছাপ্পান্ন) and contract অষ্ট + আশি (অষ্টাশি). Every number below 100 has a rule
            // of its own, so 153, 1,056 and 2,088 dollars are corrected with it.
            // ICU's উন- for 29, 39 ... 89 (উনত্রিশ) is kept: school tables write the Sanskrit
            // prefix ঊন- (ঊনত্রিশ), but উন- is in standard use too, sounds the same to a caller,
            // and agrees with উনিশ (19), which everyone writes with উ.
            case BENGALI -> rules.replace("20: কুড়ি;", "20: বিশ;")
                    .replace("53: তিপান্ন;", "53: তিপ্পান্ন;")
                    .replace("56: ছাপান্ন;", "56: ছাপ্পান্ন;")
                    .replace("88: অষ্টআশি;", "88: অষ্টাশি;");
            // ICU counts millions with the feminine number ("tri milionë") in every rule set,
            // but "milion" is a masculine noun, so standard Albanian is "tre milionë", as it
            // is "tre mijë" (which ICU already gets right). Larger scales are left alone:
            // no child support amount reaches a billion dollars.
            case ALBANIAN -> rules.replace(
                    "<%spellout-cardinal-feminine< milionë", "<%spellout-cardinal-masculine< milionë");
            case ENGLISH -> rules;
        };
        return corrected.equals(rules) ? icu : new RuleBasedNumberFormat(corrected, locale);
    }
}
