package gov.ocss.ivr.prompts.spoken;

import gov.ocss.ivr.prompts.Language;
import java.util.Map;
import java.util.Objects;

/**
 * A noun the line counts ("payment", "dollar") with what each language needs to say a
 * number of it: English and Albanian change the noun by ICU plural category, Albanian
 * numbers agree in gender, and Bengali keeps the noun as is but puts the classifier
 * "টি" on the number when it counts things (তিনটি পেমেন্ট) though not units (তিন ডলার).
 */
public final class CountedNoun {

    private static final String OTHER = "other";
    private static final String BENGALI_CLASSIFIER = "টি";

    private final Language language;
    private final Map<String, String> formsByPluralCategory;
    private final Gender gender;
    private final String classifier;

    private CountedNoun(Language language, Map<String, String> formsByPluralCategory,
                        Gender gender, String classifier) {
        this.language = language;
        this.formsByPluralCategory = Map.copyOf(formsByPluralCategory);
        this.gender = gender;
        this.classifier = classifier;
    }

    public static CountedNoun english(String singular, String plural) {
        return new CountedNoun(Language.ENGLISH, Map.of("one", singular, OTHER, plural),
                Gender.MASCULINE, "");
    }

    /** A thing counted one by one: the number takes the classifier (একটি পেমেন্ট). */
    public static CountedNoun bengali(String noun) {
        return new CountedNoun(Language.BENGALI, Map.of(OTHER, noun), Gender.MASCULINE, BENGALI_CLASSIFIER);
    }

    /** A unit of measure (ডলার, সেন্ট, দিন): Bengali puts no classifier on the number. */
    public static CountedNoun bengaliUnit(String noun) {
        return new CountedNoun(Language.BENGALI, Map.of(OTHER, noun), Gender.MASCULINE, "");
    }

    public static CountedNoun albanian(String singular, String plural, Gender gender) {
        return new CountedNoun(Language.ALBANIAN, Map.of("one", singular, OTHER, plural),
                Objects.requireNonNull(gender, "gender"), "");
    }

    public Language language() {
        return language;
    }

    public Gender gender() {
        return gender;
    }

    /** Empty when the language puts nothing between the number and the noun. */
    String classifier() {
        return classifier;
    }

    /** The form for an ICU plural category ("one", "other"...); falls back to "other". */
    String formFor(String pluralCategory) {
        return formsByPluralCategory.getOrDefault(pluralCategory, formsByPluralCategory.get(OTHER));
    }
}
