package gov.ocss.ivr.prompts.spoken;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;

/**
 * ICU's spell-out rules for a language, with the few corrections a caller would notice.
 * Each correction rewrites one of ICU's own rules (the words stay ICU's); if a later ICU
 * changes the rule the rewrite no longer matches and ICU's output is used unchanged, and
 * the tests pinning these words fail so someone looks again.
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
            case BENGALI -> rules.replace("20: কুড়ি;", "20: বিশ;");
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
