package gov.ocss.ivr.telephony;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The public holidays of the shipped dialplan ([ocss-agents-on-duty]'s GotoIfTime steps that go to
 * {@code closed}), for the real-Asterisk suite: a call it makes "in agent hours" must not fall on one.
 */
public final class ShippedHolidays {
    private ShippedHolidays() {
    }

    /** Whether agents are closed at {@code time} in {@code zone} for a holiday of the dialplan. */
    public static boolean isHoliday(ZonedDateTime time, ZoneId zone) {
        return AsteriskFiles.steps("GotoIfTime").stream()
                .filter(step -> step.context().equals("ocss-agents-on-duty") && step.arguments().endsWith("?closed"))
                .map(step -> step.arguments().replace("${OCSS_TIMEZONE}", zone.getId()))
                .map(arguments -> arguments.substring(0, arguments.lastIndexOf('?')))
                .anyMatch(spec -> TimeSpec.parse(spec, zone).includes(time));
    }
}
