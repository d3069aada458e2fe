package gov.ocss.ivr.prompts.spoken;

import gov.ocss.ivr.prompts.Language;
import java.time.LocalTime;

/**
 * Clock times as they are said when giving opening hours; the numbers come from ICU.
 *
 * <ul>
 *   <li>English, twelve-hour: "eight thirty a.m.", "five p.m.", "nine oh five a.m.".</li>
 *   <li>Bengali names the part of the day and counts the hour with "টা": "সকাল আটটা",
 *       "বিকেল পাঁচটা", "সকাল সাড়ে আটটা"; other minutes as "সকাল আটটা পনেরো মিনিট".</li>
 *   <li>Albanian uses the 24-hour clock, as offices post their hours: "tetë e gjysmë" (half past,
 *       as people say it, rather than "tetë e tridhjetë"), "tetë e pesëmbëdhjetë", "shtatëmbëdhjetë".
 *       The word "ora" belongs to the sentence ("nga ora ... deri në orën ..."),
 *       whose case it takes, so it is in the catalog, not here.</li>
 * </ul>
 */
public final class TimeWords {

    private final Language language;
    private final NumberWords numbers;

    private TimeWords(Language language) {
        this.language = language;
        this.numbers = NumberWords.of(language);
    }

    public static TimeWords of(Language language) {
        return new TimeWords(language);
    }

    public SpokenPhrase time(LocalTime time) {
        return switch (language) {
            case ENGLISH -> english(time.getHour(), time.getMinute());
            case BENGALI -> bengali(time.getHour(), time.getMinute());
            case ALBANIAN -> albanian(time.getHour(), time.getMinute());
        };
    }

    private SpokenPhrase english(int hour, int minute) {
        SpokenPhrase phrase = numbers.cardinal(twelveHour(hour));
        if (minute > 0 && minute < 10) {
            phrase = phrase.then("oh").then(numbers.cardinal(minute));
        } else if (minute >= 10) {
            phrase = phrase.then(numbers.cardinal(minute));
        }
        return phrase.then(hour < 12 ? "a.m." : "p.m.");
    }

    private SpokenPhrase bengali(int hour, int minute) {
        SpokenPhrase phrase = SpokenPhrase.of(bengaliPartOfDay(hour));
        int shown = twelveHour(hour);
        // "সাড়ে" (and a half) is what everyone says for half past, but 1:30 and 2:30 have words
        // of their own (দেড়টা, আড়াইটা), so those are said with minutes like any other time.
        boolean halfPast = minute == 30 && shown != 1 && shown != 2;
        if (halfPast) {
            phrase = phrase.then("সাড়ে");
        }
        phrase = phrase.then(numbers.cardinal(shown)).thenAttached("টা");
        if (minute > 0 && !halfPast) {
            phrase = phrase.then(numbers.cardinal(minute)).then("মিনিট");
        }
        return phrase;
    }

    /**
     * The parts of the day Bengali speakers name with a time; office hours fall in the first four.
     * The TTY line writes the same words, rather than ICU's (বিকাল, রাত্রি), so that it never
     * writes one word while the voice says another (বিকেল, রাত).
     */
    public static String bengaliPartOfDay(int hour) {
        if (hour >= 4 && hour < 6) {
            return "ভোর";
        }
        if (hour >= 6 && hour < 12) {
            return "সকাল";
        }
        if (hour >= 12 && hour < 16) {
            return "দুপুর";
        }
        if (hour >= 16 && hour < 18) {
            return "বিকেল";
        }
        if (hour >= 18 && hour < 20) {
            return "সন্ধ্যা";
        }
        return "রাত";
    }

    private SpokenPhrase albanian(int hour, int minute) {
        SpokenPhrase phrase = numbers.cardinal(hour);
        if (minute == 30) {
            phrase = phrase.then("e").then("gjysmë");
        } else if (minute > 0) {
            phrase = phrase.then("e").then(numbers.cardinal(minute));
        }
        return phrase;
    }

    private static int twelveHour(int hour) {
        int shown = hour % 12;
        return shown == 0 ? 12 : shown;
    }
}
