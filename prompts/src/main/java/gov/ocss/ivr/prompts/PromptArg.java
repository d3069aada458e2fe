package gov.ocss.ivr.prompts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A typed value for a placeholder: each type is spoken by its own rules in each language. */
public sealed interface PromptArg {
    String name();

    static PromptArg money(String name, long cents) {
        return new Money(name, cents);
    }

    static PromptArg date(String name, LocalDate date) {
        return new Date(name, date);
    }

    static PromptArg count(String name, long count) {
        return new Count(name, count);
    }

    static PromptArg digits(String name, String digits) {
        return new Digits(name, digits);
    }

    static PromptArg weekday(String name, DayOfWeek day) {
        return new Weekday(name, day);
    }

    static PromptArg time(String name, LocalTime time) {
        return new Time(name, time);
    }

    static PromptArg text(String name, String text) {
        return new Text(name, text);
    }

    /** An amount in cents, never negative; the placeholder's type says whether it is owed or a credit. */
    record Money(String name, long cents) implements PromptArg {
    }

    /** A business date (America/New_York). */
    record Date(String name, LocalDate date) implements PromptArg {
    }

    /** How many of something, for singular and plural. */
    record Count(String name, long count) implements PromptArg {
    }

    /** Read one by one: a case number, a phone number, a ZIP code. */
    record Digits(String name, String digits) implements PromptArg {
    }

    /** A day of the week, as in opening hours. */
    record Weekday(String name, DayOfWeek day) implements PromptArg {
    }

    /** A New York wall-clock time, as in opening hours. */
    record Time(String name, LocalTime time) implements PromptArg {
    }

    /** Plain text from the data, such as an office name; read as is. */
    record Text(String name, String text) implements PromptArg {
    }
}
