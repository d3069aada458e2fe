package gov.ocss.ivr.prompts.spoken;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;
import java.util.Arrays;
import java.util.List;

/** ICU's own, unpatched spell-out, for tests that check our words are ICU's words. */
final class IcuReference {

    private IcuReference() {
    }

    static List<String> words(Language language, long number, String ruleSet) {
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(
                ULocale.forLocale(language.locale()), RuleBasedNumberFormat.SPELLOUT);
        return Arrays.asList(icu.format(number, ruleSet).split(" "));
    }

    static String cardinalRuleSet(Language language) {
        return language == Language.ALBANIAN ? "%spellout-cardinal-masculine" : "%spellout-cardinal";
    }
}
