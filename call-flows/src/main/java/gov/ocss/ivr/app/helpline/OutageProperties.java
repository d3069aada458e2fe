package gov.ocss.ivr.app.helpline;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.ledger.OpeningHours;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the line needs during a database outage, when it cannot read the ledger ({@code ivr.outage.*}).
 *
 * @param officeHours the main office's hours, which are the representatives' hours: said to callers, and
 *                    representatives are offered only within them. Keep them as the ledger has them.
 *                    Days and times, New York time: {@code MON-FRI 08:30-17:00, SAT 09:00-13:00}.
 */
@Validated
@ConfigurationProperties("ivr.outage")
public record OutageProperties(
        @DefaultValue("MON-FRI 08:30-17:00")
        @Pattern(regexp = OutageProperties.FORMAT, message = "must be days and hours such as MON-FRI 08:30-17:00, SAT 09:00-13:00")
        String officeHours) {

    private static final String DAY = "(?:MON|TUE|WED|THU|FRI|SAT|SUN)";
    private static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9]";
    private static final String DAYS_AND_HOURS = DAY + "(?:-" + DAY + ")?\\s+" + TIME + "-" + TIME;
    static final String FORMAT = "(?i)\\s*" + DAYS_AND_HOURS + "(?:\\s*,\\s*" + DAYS_AND_HOURS + ")*\\s*";

    /** The hours, Monday first; a day given twice, a range running backwards or hours that close before they open stop the start. */
    public List<OpeningHours> hours() {
        List<OpeningHours> hours = new ArrayList<>();
        Set<DayOfWeek> given = EnumSet.noneOf(DayOfWeek.class);
        for (String entry : officeHours.trim().split("\\s*,\\s*")) {
            String[] daysAndTimes = entry.split("\\s+");
            String[] days = daysAndTimes[0].split("-");
            String[] times = daysAndTimes[1].split("-");
            DayOfWeek from = day(days[0]);
            DayOfWeek to = days.length > 1 ? day(days[1]) : from;
            LocalTime opens = LocalTime.parse(times[0]);
            LocalTime closes = LocalTime.parse(times[1]);
            if (to.compareTo(from) < 0 || !opens.isBefore(closes)) {
                throw problem("\"" + entry + "\" runs backwards");
            }
            for (DayOfWeek day = from; day.compareTo(to) <= 0; day = DayOfWeek.of(day.getValue() + 1)) {
                if (!given.add(day)) {
                    throw problem(day + " is given twice");
                }
                hours.add(new OpeningHours(day, opens, closes));
                if (day == DayOfWeek.SUNDAY) {
                    break;
                }
            }
        }
        hours.sort(Comparator.comparing(OpeningHours::day));
        return List.copyOf(hours);
    }

    private static DayOfWeek day(String abbreviation) {
        String upper = abbreviation.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(upper)) {
                return day;
            }
        }
        throw problem(abbreviation + " is not a day");
    }

    private static ConfigurationProblem problem(String what) {
        return new ConfigurationProblem("ivr.outage.office-hours (IVR_OUTAGE_OFFICEHOURS): " + what + ".",
                "Give each day once, each range from the earlier day to the later and each day's hours opening before "
                        + "they close, such as MON-FRI 08:30-17:00, SAT 09:00-13:00.");
    }
}
