package gov.ocss.ivr.prompts.voice;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.PromptArg;
import gov.ocss.ivr.prompts.catalog.PlaceholderType;
import gov.ocss.ivr.prompts.spoken.DateWords;
import gov.ocss.ivr.prompts.spoken.MoneyWords;
import gov.ocss.ivr.prompts.spoken.NumberWords;
import gov.ocss.ivr.prompts.spoken.SpokenPhrase;
import gov.ocss.ivr.prompts.spoken.TimeWords;
import java.time.Clock;

/** A placeholder's value in words, by the language's own rules (see the {@code spoken} package). */
final class SpokenValues {
    private final NumberWords numbers;
    private final MoneyWords money;
    private final DateWords dates;
    private final TimeWords times;

    SpokenValues(Language language, Clock clock) {
        this.numbers = NumberWords.of(language);
        this.money = MoneyWords.of(language);
        this.dates = new DateWords(language, clock);
        this.times = TimeWords.of(language);
    }

    /** The words of a value; {@link PlaceholderType#TEXT} is not spoken word by word. */
    SpokenPhrase say(PlaceholderType type, PromptArg arg) {
        return switch (type) {
            case MONEY -> money.amount(((PromptArg.Money) arg).cents());
            case CREDIT -> money.credit(((PromptArg.Money) arg).cents());
            case DATE -> dates.date(((PromptArg.Date) arg).date());
            case WEEKDAY_DATE -> dates.dateWithWeekday(((PromptArg.Date) arg).date());
            case MONTH -> dates.month(((PromptArg.Date) arg).date());
            case WEEKDAY -> dates.weekday(((PromptArg.Weekday) arg).day());
            case ON_WEEKDAY -> dates.onWeekday(((PromptArg.Weekday) arg).day());
            case TIME -> times.time(((PromptArg.Time) arg).time());
            case COUNT -> numbers.cardinal(((PromptArg.Count) arg).count());
            case DIGITS -> numbers.digits(((PromptArg.Digits) arg).digits());
            case TEXT -> throw new IllegalArgumentException("a text is played whole, not word by word");
        };
    }
}
