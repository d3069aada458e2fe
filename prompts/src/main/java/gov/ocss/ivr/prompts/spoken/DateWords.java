package gov.ocss.ivr.prompts.spoken;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;
import java.text.AttributedCharacterIterator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Business dates as people say them: the order of weekday, day, month and year comes from
 * {@link DatePatterns}, the month and weekday names from ICU's date format for the language;
 * the day and the year are spelled by {@link NumberWords}. The year is said only when it is
 * not the current year in New York, as a person would.
 *
 * <ul>
 *   <li>English: "Monday March third", "December thirty-first twenty twenty-four". The
 *       ordinal day is what Americans say aloud.</li>
 *   <li>Bengali: "সোমবার তেসরা মার্চ", "একুশে ফেব্রুয়ারি". The day is the traditional date
 *       word (পয়লা, দোসরা, তেসরা, চৌঠা, পাঁচই ... একুশে), which is how Bengali speakers say a
 *       date and what they expect from a government line; the plain number ("তিন মার্চ")
 *       sounds like a form read aloud, and ICU's ordinal (তৃতীয়) is never used for dates.
 *       A year comes first: "দুই হাজার চব্বিশ সালের একত্রিশে ডিসেম্বর", and with a weekday
 *       "মঙ্গলবার দুই হাজার চব্বিশ সালের একত্রিশে ডিসেম্বর".</li>
 *   <li>Albanian: "e hënë tre mars", "tre mars dy mijë e njëzet e pesë"; month names are
 *       lower case (janar ... dhjetor) as ICU gives them.</li>
 * </ul>
 * A word in the pattern (Bengali's "সালের") is said; punctuation (the comma after the
 * weekday) is not a word and is dropped.
 */
public final class DateWords {

    /** Ledger dates are New York dates, whatever the server's time zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("America/New_York");

    private static final TimeZone ICU_BUSINESS_ZONE = TimeZone.getTimeZone(BUSINESS_ZONE.getId());

    private final Language language;
    private final ULocale locale;
    private final NumberWords numbers;
    private final Clock clock;
    /**
     * One format per skeleton, made once and cloned for each date: making an ICU date format (its
     * symbols, its calendar) cost more than formatting with it, for every date a caller hears. A
     * format is not thread-safe; cloning only reads the prototype, which nothing changes.
     */
    private final Map<String, SimpleDateFormat> formatsBySkeleton;
    /**
     * Dates already spelled, by date and skeleton (the skeleton says whether the year is spoken, so
     * an entry never goes stale). The dates a line speaks are few: the last weeks' payments, due
     * dates, office days. Spelling them was the largest part of reading a list of payments.
     * Its upkeep runs on the caller's thread, not on
     * Caffeine's default (the JVM's shared pool), so the cache starts no thread of its own.
     */
    private final LoadingCache<SpelledDate, SpokenPhrase> spelled = Caffeine.newBuilder().maximumSize(10_000)
            .executor(Runnable::run).build(d -> spellAnew(d.date(), d.skeleton()));

    private record SpelledDate(LocalDate date, String skeleton) {
    }

    public DateWords(Language language, Clock clock) {
        this.language = language;
        this.locale = ULocale.forLocale(language.locale());
        this.numbers = NumberWords.of(language);
        this.clock = Objects.requireNonNull(clock, "clock");
        DateTimePatternGenerator generator = DateTimePatternGenerator.getInstance(locale);
        this.formatsBySkeleton = new HashMap<>();
        for (String skeleton : List.of("MMMMd", "yMMMMd", "MMMMEEEEd", "yMMMMEEEEd", "MMMM", "yMMMM")) {
            SimpleDateFormat format = new SimpleDateFormat(DatePatterns.bestPattern(language, generator, skeleton), locale);
            format.setTimeZone(ICU_BUSINESS_ZONE);
            formatsBySkeleton.put(skeleton, format);
        }
    }

    /** "March third"; "March third twenty twenty-four" when not this year. */
    public SpokenPhrase date(LocalDate date) {
        return spell(date, false);
    }

    /** "Monday March third"; with the year when not this year. */
    public SpokenPhrase dateWithWeekday(LocalDate date) {
        return spell(date, true);
    }

    /**
     * The month of a notice period: "March"; "December twenty twenty-four" when not this year
     * ("দুই হাজার চব্বিশ সালের ডিসেম্বর" in Bengali, which the catalog follows with "মাসের").
     */
    public SpokenPhrase month(LocalDate dayInMonth) {
        return spell(dayInMonth, (isThisYear(dayInMonth) ? "" : "y") + "MMMM");
    }

    /** A day of the week named, as in "from Monday": "Monday", "সোমবার", "e hëna" (see {@link Weekdays}). */
    public SpokenPhrase weekday(DayOfWeek day) {
        return SpokenPhrase.of(Weekdays.name(language, day));
    }

    /** A day of the week when something happens or lasts until: "Friday", "শুক্রবার", "të premten". */
    public SpokenPhrase onWeekday(DayOfWeek day) {
        return SpokenPhrase.of(Weekdays.when(language, day));
    }

    private boolean isThisYear(LocalDate date) {
        return date.getYear() == LocalDate.now(clock.withZone(BUSINESS_ZONE)).getYear();
    }

    private SpokenPhrase spell(LocalDate date, boolean withWeekday) {
        return spell(date, (isThisYear(date) ? "" : "y") + "MMMM" + (withWeekday ? "EEEE" : "") + "d");
    }

    private SpokenPhrase spell(LocalDate date, String skeleton) {
        return spelled.get(new SpelledDate(date, skeleton));
    }

    private SpokenPhrase spellAnew(LocalDate date, String skeleton) {
        SimpleDateFormat format = (SimpleDateFormat) formatsBySkeleton.get(skeleton).clone();
        AttributedCharacterIterator formatted = format.formatToCharacterIterator(calendarOf(date));

        SpokenPhrase phrase = SpokenPhrase.empty();
        for (formatted.first(); formatted.getIndex() < formatted.getEndIndex(); ) {
            Object field = formatted.getAttributes().keySet().stream().findFirst().orElse(null);
            String text = runText(formatted);
            if (field == null) {
                phrase = phrase.then(wordsOfLiteral(text));
            } else if (field.equals(DateFormat.Field.DAY_OF_MONTH)) {
                phrase = phrase.then(numbers.dayOfMonth(date.getDayOfMonth()));
            } else if (field.equals(DateFormat.Field.YEAR)) {
                phrase = phrase.then(numbers.year(date.getYear()));
            } else if (field.equals(DateFormat.Field.MONTH) || field.equals(DateFormat.Field.DAY_OF_WEEK)) {
                phrase = phrase.then(text);
            } else {
                throw new IllegalStateException("unexpected field " + field + " in " + format.toPattern());
            }
        }
        return phrase;
    }

    private Calendar calendarOf(LocalDate date) {
        Calendar calendar = Calendar.getInstance(ICU_BUSINESS_ZONE, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    /** Reads the current run of equally attributed characters and moves past it. */
    private static String runText(AttributedCharacterIterator formatted) {
        StringBuilder run = new StringBuilder();
        int end = formatted.getRunLimit();
        for (char c = formatted.current(); formatted.getIndex() < end; c = formatted.next()) {
            run.append(c);
        }
        return run.toString();
    }

    /** Keeps words a pattern may carry between fields, drops punctuation like ", ". */
    private static String wordsOfLiteral(String literal) {
        // \p{M}: Bengali vowel signs are marks, not letters.
        return literal.replaceAll("[^\\p{L}\\p{M}\\s]", " ");
    }
}
