package gov.ocss.ivr.prompts.spoken;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import gov.ocss.ivr.prompts.Language;
import java.time.DayOfWeek;
import java.util.Map;

/**
 * The names of the days of the week as a sentence uses them, for the voice line and the TTY line
 * alike. English and Bengali have one form, ICU's ("Monday", "সোমবার"). Albanian declines them,
 * and ICU gives only the form used inside a date ("e hënë, 3 mars"), which is wrong on its own:
 * <ul>
 *   <li>{@link #name}: the day named, after "nga" (from): "nga e hëna";</li>
 *   <li>{@link #when}: the day something happens or lasts until, the accusative: "të shtunën, nga
 *       ora ..." (on Saturday), "deri të premten" (until Friday).</li>
 * </ul>
 */
public final class Weekdays {

    private record AlbanianDay(String named, String when) {
    }

    private static final Map<DayOfWeek, AlbanianDay> ALBANIAN = Map.of(
            DayOfWeek.MONDAY, new AlbanianDay("e hëna", "të hënën"),
            DayOfWeek.TUESDAY, new AlbanianDay("e marta", "të martën"),
            DayOfWeek.WEDNESDAY, new AlbanianDay("e mërkura", "të mërkurën"),
            DayOfWeek.THURSDAY, new AlbanianDay("e enjtja", "të enjten"),
            DayOfWeek.FRIDAY, new AlbanianDay("e premtja", "të premten"),
            DayOfWeek.SATURDAY, new AlbanianDay("e shtuna", "të shtunën"),
            DayOfWeek.SUNDAY, new AlbanianDay("e diela", "të dielën"));

    private Weekdays() {
    }

    /** The day named: "Monday", "সোমবার", "e hëna". */
    public static String name(Language language, DayOfWeek day) {
        if (language == Language.ALBANIAN) {
            return ALBANIAN.get(day).named();
        }
        return icuName(language, day);
    }

    /** The day when something happens or until which it lasts: "Saturday", "শনিবার", "të shtunën". */
    public static String when(Language language, DayOfWeek day) {
        if (language == Language.ALBANIAN) {
            return ALBANIAN.get(day).when();
        }
        return icuName(language, day);
    }

    private static String icuName(Language language, DayOfWeek day) {
        String[] names = DateFormatSymbols.getInstance(ULocale.forLocale(language.locale()))
                .getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE);
        // ICU numbers the days from Sunday = 1; java.time from Monday = 1.
        return names[day.getValue() % 7 + 1];
    }
}
