package gov.ocss.ivr.prompts.catalog;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.spoken.DatePatterns;
import gov.ocss.ivr.prompts.spoken.DateWords;
import gov.ocss.ivr.prompts.spoken.MoneyWords;
import gov.ocss.ivr.prompts.spoken.Weekdays;
import gov.ocss.ivr.prompts.spoken.TimeWords;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Values as the TTY line writes them: in figures, with ICU's formats for the language
 * ("$1,234.56", "3 mars", "সকাল ৮:৩০"). A TDD prints about six characters a second, so
 * "$1,234.56" reaches the caller in under two seconds where the spelled-out words would take
 * ten; the voice line says the same values in words.
 */
final class WrittenValues {
    private static final TimeZone NEW_YORK = TimeZone.getTimeZone(DateWords.BUSINESS_ZONE.getId());

    private final Language language;
    private final ULocale locale;
    private final Clock clock;
    private final DateTimePatternGenerator patterns;
    /**
     * Made once: ICU's formatters are immutable and shared by every call. Making a currency format
     * for each amount (a locale data lookup) was most of the cost of a TTY call's list of payments.
     */
    private final LocalizedNumberFormatter dollars;
    /**
     * Dates and times already written, by pattern: the ones a line writes are few (the last weeks'
     * payments, due dates, office hours). Upkeep runs on the caller's thread, as in {@link DateWords}.
     */
    private final LoadingCache<Written, String> written = Caffeine.newBuilder().maximumSize(10_000)
            .executor(Runnable::run).build(this::writeAnew);

    private record Written(String pattern, LocalDate date, LocalTime time) {
    }

    WrittenValues(Language language, Clock clock) {
        this.language = language;
        this.locale = ULocale.forLocale(language.locale());
        this.clock = clock;
        this.patterns = DateTimePatternGenerator.getInstance(locale);
        // Grouped from a thousand in every language, as the older NumberFormat did: Albanian's own
        // rule leaves four digits ungrouped ("1234,56"), and a sum should read the same whatever its size.
        this.dollars = NumberFormatter.withLocale(locale).unit(Currency.getInstance("USD"))
                .grouping(NumberFormatter.GroupingStrategy.ON_ALIGNED);
    }

    String write(PlaceholderType type, PromptArg arg) {
        return switch (type) {
            case MONEY -> money(((PromptArg.Money) arg).cents());
            case CREDIT -> MoneyWords.of(language).writtenCredit(money(((PromptArg.Money) arg).cents()));
            case DATE -> date(((PromptArg.Date) arg).date(), "MMMMd");
            case WEEKDAY_DATE -> date(((PromptArg.Date) arg).date(), "MMMMEEEEd");
            case MONTH -> date(((PromptArg.Date) arg).date(), "MMMM");
            case WEEKDAY -> Weekdays.name(language, ((PromptArg.Weekday) arg).day());
            case ON_WEEKDAY -> Weekdays.when(language, ((PromptArg.Weekday) arg).day());
            case TIME -> time(((PromptArg.Time) arg).time());
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(((PromptArg.Count) arg).count());
            case DIGITS -> ((PromptArg.Digits) arg).digits();
            case TEXT -> ((PromptArg.Text) arg).text();
        };
    }

    private String money(long cents) {
        return dollars.format(BigDecimal.valueOf(cents, 2)).toString();
    }

    /**
     * The year is written only when it is not this year, as it is said, and in the order it is
     * said: Bengali writes "২০২৪ সালের ১ ডিসেম্বর" as it says "দুই হাজার চব্বিশ সালের পয়লা ডিসেম্বর".
     */
    private String date(LocalDate date, String skeleton) {
        boolean thisYear = date.getYear() == LocalDate.now(clock.withZone(DateWords.BUSINESS_ZONE)).getYear();
        String pattern = DatePatterns.bestPattern(language, patterns, thisYear ? skeleton : "y" + skeleton);
        return pattern(pattern, date, LocalTime.NOON);
    }

    private String time(LocalTime time) {
        // English offices post "8:30 AM"; Albanian offices use the 24-hour clock, as the spoken form
        // does. Bengali names the part of the day first, as it is said (সকাল ৮:৩০), where ICU's
        // pattern for the skeleton "Bhmm" would put it after the time; and with the voice's words,
        // where ICU writes বিকাল and রাত্রি and the voice says বিকেল and রাত.
        if (language == Language.BENGALI) {
            return TimeWords.bengaliPartOfDay(time.getHour()) + " " + pattern("h:mm", LocalDate.of(2024, 1, 1), time);
        }
        return format(language == Language.ENGLISH ? "hmm" : "Hmm", LocalDate.of(2024, 1, 1), time);
    }

    private String format(String skeleton, LocalDate date, LocalTime time) {
        return pattern(patterns.getBestPattern(skeleton), date, time);
    }

    private String pattern(String pattern, LocalDate date, LocalTime time) {
        return written.get(new Written(pattern, date, time));
    }

    private String writeAnew(Written value) {
        String pattern = value.pattern();
        LocalDate date = value.date();
        LocalTime time = value.time();
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(NEW_YORK);
        Calendar calendar = Calendar.getInstance(NEW_YORK, locale);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), time.getHour(), time.getMinute());
        return format.format(calendar);
    }
}
