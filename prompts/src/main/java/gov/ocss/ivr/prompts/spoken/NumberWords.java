package gov.ocss.ivr.prompts.spoken;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers as words in one language, spelled by ICU's rule-based number format: cardinals,
 * counts of a noun, years, and digits read one by one.
 *
 * <p>Negative numbers are refused: ICU's Bengali says them with "ঋণ" (debt), which must
 * never reach a caller by accident; a credit balance has its own wording in {@link MoneyWords}.
 */
public final class NumberWords {

    /** The ICU rule sets each language uses; see {@code RuleBasedNumberFormat#getRuleSetNames}. */
    private record RuleSets(String masculine, String feminine, String dayOfMonth, String year) {
    }

    private static final Map<Language, RuleSets> RULE_SETS = Map.of(
            Language.ENGLISH, new RuleSets("%spellout-cardinal", "%spellout-cardinal",
                    // On the phone Americans say "March third", not "March three".
                    "%spellout-ordinal", "%spellout-numbering-year"),
            Language.BENGALI, new RuleSets("%spellout-cardinal", "%spellout-cardinal",
                    // The stem of the date words ("একুশে"); see bengaliDayOfMonth.
                    "%spellout-cardinal", "%spellout-numbering-year"),
            Language.ALBANIAN, new RuleSets("%spellout-cardinal-masculine", "%spellout-cardinal-feminine",
                    // Month names are masculine (marsi), so the day is "tre mars".
                    "%spellout-cardinal-masculine", "%spellout-numbering-year"));

    /** The Bengali days of the month whose date words are not built on the number: 1st to 4th. */
    private static final List<String> BENGALI_FIRST_DAYS = List.of("পয়লা", "দোসরা", "তেসরা", "চৌঠা");

    private static final Map<Language, NumberWords> BY_LANGUAGE = new EnumMap<>(Language.class);

    private final Language language;
    private final RuleSets ruleSets;
    private final RuleBasedNumberFormat spellout;
    private final PluralRules pluralRules;

    private NumberWords(Language language) {
        this.language = language;
        this.ruleSets = RULE_SETS.get(language);
        this.spellout = IcuSpellout.rulesFor(language);
        this.pluralRules = PluralRules.forLocale(ULocale.forLocale(language.locale()));
    }

    /** Shared per language: building ICU's rules is costly, formatting is synchronized. */
    public static NumberWords of(Language language) {
        synchronized (BY_LANGUAGE) {
            return BY_LANGUAGE.computeIfAbsent(language, NumberWords::new);
        }
    }

    public Language language() {
        return language;
    }

    /** The number as a caller would count it; Albanian uses the masculine (tre). */
    public SpokenPhrase cardinal(long number) {
        return cardinal(number, Gender.MASCULINE);
    }

    public SpokenPhrase cardinal(long number, Gender gender) {
        requireNotNegative(number);
        return spell(number, gender == Gender.FEMININE ? ruleSets.feminine() : ruleSets.masculine());
    }

    /**
     * "three payments", "তিনটি পেমেন্ট", "tri pagesa": the noun's form chosen by ICU's plural
     * rules, the number's gender by the noun. Zero is spoken ("zero payments") but a prompt
     * for "none" reads better in every language.
     */
    public SpokenPhrase count(long number, CountedNoun noun) {
        if (noun.language() != language) {
            throw new IllegalArgumentException(
                    "a " + noun.language() + " noun cannot be counted in " + language);
        }
        SpokenPhrase phrase = cardinal(number, noun.gender());
        // "শূন্যটি" is not a word; prompts should say "no payments" rather than count zero.
        if (!noun.classifier().isEmpty() && number != 0) {
            phrase = phrase.thenAttached(noun.classifier());
        }
        return phrase.then(noun.formFor(pluralRules.select(number)));
    }

    /** A year the way it is said: "twenty twenty-five", "দুই হাজার পঁচিশ", "dy mijë e njëzet e pesë". */
    public SpokenPhrase year(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("not a calendar year: " + year);
        }
        return spell(year, ruleSets.year());
    }

    /**
     * Case numbers, PINs and phone numbers, one digit at a time. Spaces and hyphens only
     * group the digits on paper and are not spoken; anything else is refused rather than
     * silently skipped, so a caller never hears a shortened number.
     */
    public SpokenPhrase digits(CharSequence digits) {
        SpokenPhrase phrase = SpokenPhrase.empty();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c >= '0' && c <= '9') {
                phrase = phrase.then(spell(c - '0', ruleSets.masculine()));
            } else if (c != ' ' && c != '-') {
                throw new IllegalArgumentException("not a digit at " + i + " in '" + digits + "'");
            }
        }
        return phrase;
    }

    SpokenPhrase dayOfMonth(int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("not a day of a month: " + day);
        }
        return language == Language.BENGALI ? bengaliDayOfMonth(day) : spell(day, ruleSets.dayOfMonth());
    }

    /**
     * The traditional Bengali date words ("পয়লা জানুয়ারি", "একুশে ফেব্রুয়ারি"; why, see
     * {@link DateWords}), for which ICU has no rule set: the first four are words of their own,
     * the others are the number with the letter ই up to the 18th (পাঁচই, আঠারোই) and the vowel
     * sign ে from the 19th (উনিশে, একত্রিশে). Built on our corrected cardinal, so each is spelled
     * as the number is.
     */
    private SpokenPhrase bengaliDayOfMonth(int day) {
        if (day <= BENGALI_FIRST_DAYS.size()) {
            return SpokenPhrase.of(BENGALI_FIRST_DAYS.get(day - 1));
        }
        // One word, one sound file: said as a whole, not as the number and a suffix.
        return SpokenPhrase.of(spell(day, ruleSets.dayOfMonth()).text() + (day <= 18 ? "ই" : "ে"));
    }

    private SpokenPhrase spell(long number, String ruleSet) {
        String words;
        // ICU number formats are not safe to share between threads.
        synchronized (spellout) {
            words = spellout.format(number, ruleSet);
        }
        return SpokenPhrase.of(words);
    }

    private static void requireNotNegative(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("negative numbers are not spoken: " + number);
        }
    }
}
