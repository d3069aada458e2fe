package gov.ocss.ivr.prompts.spoken;

import com.ibm.icu.text.DateTimePatternGenerator;
import gov.ocss.ivr.prompts.Language;
import java.util.Map;

/**
 * The order of a date's parts in each language, shared by the voice line ({@link DateWords}) and
 * the TTY line so that both put a date the same way: ICU's best pattern for the skeleton, except
 * for a Bengali date with a year.
 */
public final class DatePatterns {

    /**
     * Bengali names the year first, with "সালের" (of the year): "২০২৪ সালের ১ ডিসেম্বর", said
     * "দুই হাজার চব্বিশ সালের পয়লা ডিসেম্বর". ICU puts the bare year last ("১ ডিসেম্বর, ২০২৪",
     * "ডিসেম্বর ২০২৪"), as a form is filled in; said aloud in a sentence that is wrong, and the
     * catalog's "{period:month} মাসের" would become "ডিসেম্বর দুই হাজার চব্বিশ মাসের".
     * The weekday stays first, where it is without a year ("সোমবার তেসরা মার্চ"), so the day and
     * month stay next to a word the sentence puts after the date ("... তারিখে").
     */
    private static final Map<String, String> BENGALI_WITH_YEAR = Map.of(
            "yMMMM", "y 'সালের' MMMM",
            "yMMMMd", "y 'সালের' d MMMM",
            "yMMMMEEEEd", "EEEE, y 'সালের' d MMMM");

    private DatePatterns() {
    }

    /** The pattern for an ICU skeleton such as "yMMMMd", from {@code icu}, the language's generator. */
    public static String bestPattern(Language language, DateTimePatternGenerator icu, String skeleton) {
        if (language == Language.BENGALI && BENGALI_WITH_YEAR.containsKey(skeleton)) {
            return BENGALI_WITH_YEAR.get(skeleton);
        }
        return icu.getBestPattern(skeleton);
    }
}
