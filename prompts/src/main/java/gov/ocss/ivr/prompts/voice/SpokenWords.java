package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.spoken.DateWords;
import gov.ocss.ivr.prompts.spoken.Gender;
import gov.ocss.ivr.prompts.spoken.MoneyWords;
import gov.ocss.ivr.prompts.spoken.NumberWords;
import gov.ocss.ivr.prompts.spoken.SpokenPhrase;
import gov.ocss.ivr.prompts.spoken.TimeWords;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Every word the line can say inside a value, found by saying values with the very code the
 * renderer uses rather than by listing words by hand: all numbers up to 1,099 in both genders,
 * every scale word, a fixed sample of larger numbers, every day of a leap year with and without
 * weekday, every year a caller could hear, every minute of the day, the money and credit words.
 */
final class SpokenWords {
    /** A clock in a year no date is said in, so every date is said with its year. */
    private static final Clock YEAR_ALWAYS_SAID = Clock.fixed(Instant.parse("1970-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final long LARGEST_SUM_DOLLARS = 999_999_999L;

    private SpokenWords() {
    }

    static TreeSet<String> of(Language language) {
        TreeSet<String> words = new TreeSet<>();
        NumberWords numbers = NumberWords.of(language);
        for (long n = 0; n < 1_100; n++) {
            add(words, numbers.cardinal(n, Gender.MASCULINE));
            add(words, numbers.cardinal(n, Gender.FEMININE));
        }
        for (long scale = 1_000; scale <= LARGEST_SUM_DOLLARS; scale *= 10) {
            for (long digit = 1; digit <= 9; digit++) {
                add(words, numbers.cardinal(digit * scale));
                add(words, numbers.cardinal(digit * scale + 1));
            }
        }
        SplittableRandom random = new SplittableRandom(2084485);
        for (int i = 0; i < 3_000; i++) {
            add(words, numbers.cardinal(random.nextLong(LARGEST_SUM_DOLLARS)));
        }
        MoneyWords money = MoneyWords.of(language);
        for (long cents : new long[] {1, 2, 100, 101, 200, 201, 2_101}) {
            add(words, money.amount(cents));
            add(words, money.credit(cents));
        }
        DateWords dates = new DateWords(language, YEAR_ALWAYS_SAID);
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
            add(words, dates.dateWithWeekday(day));
            add(words, dates.date(day));
            add(words, dates.month(day));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            add(words, dates.weekday(day));
            add(words, dates.onWeekday(day));
        }
        for (int year = 1900; year <= 2100; year++) {
            add(words, numbers.year(year));
        }
        TimeWords times = TimeWords.of(language);
        for (int minute = 0; minute < 24 * 60; minute++) {
            add(words, times.time(LocalTime.MIN.plusMinutes(minute)));
        }
        return words;
    }

    private static void add(TreeSet<String> words, SpokenPhrase phrase) {
        words.addAll(phrase.spokenWords());
    }
}
