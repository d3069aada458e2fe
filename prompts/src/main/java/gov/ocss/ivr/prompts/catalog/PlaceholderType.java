package gov.ocss.ivr.prompts.catalog;

import gov.ocss.ivr.prompts.PromptArg;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of value a catalog sentence can hold, written {@code {name:type}} in the catalog. */
public enum PlaceholderType {
    /** An amount owed, paid or sent. */
    MONEY("money", PromptArg.Money.class),
    /** An overpaid balance; the wording of a credit is the language's own. */
    CREDIT("credit", PromptArg.Money.class),
    DATE("date", PromptArg.Date.class),
    WEEKDAY_DATE("weekday_date", PromptArg.Date.class),
    /** The month (and year when not this one) of a date: a notice period. */
    MONTH("month", PromptArg.Date.class),
    /** A day of the week named: "from Monday" (Albanian "nga e hëna"). */
    WEEKDAY("weekday", PromptArg.Weekday.class),
    /** A day of the week when something happens or lasts until: "to Friday", "on Saturday" (Albanian "të premten"). */
    ON_WEEKDAY("on_weekday", PromptArg.Weekday.class),
    TIME("time", PromptArg.Time.class),
    /** A plain number. */
    COUNT("count", PromptArg.Count.class),
    /** Read digit by digit: case numbers, phone numbers, ZIP codes. */
    DIGITS("digits", PromptArg.Digits.class),
    /** Text from the data, such as an office name: read as it is. */
    TEXT("text", PromptArg.Text.class);

    private final String code;
    private final Class<? extends PromptArg> argType;

    PlaceholderType(String code, Class<? extends PromptArg> argType) {
        this.code = code;
        this.argType = argType;
    }

    public String code() {
        return code;
    }

    public boolean accepts(PromptArg arg) {
        return argType.isInstance(arg);
    }

    static Optional<PlaceholderType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
