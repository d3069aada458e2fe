package gov.ocss.ivr.telephony;

import gov.ocss.ivr.telephony.Dialplan.Step;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the real-Asterisk suite needs to know of the shipped extensions.conf, read by this package's parser. */
public final class ShippedDialplan {
    private static final Pattern FUNCTION = Pattern.compile("\\$\\{([A-Z_]+)\\(");
    private static final Pattern WRITTEN_FUNCTION = Pattern.compile("^([A-Z_]+)\\(");

    private ShippedDialplan() {
    }

    /** The contexts it defines. */
    public static Set<String> contexts() {
        return new TreeSet<>(AsteriskFiles.dialplan().contexts().keySet());
    }

    /** Every dialplan application the shipped dialplan runs (ExecIf's included). */
    public static Set<String> applications() {
        Set<String> applications = new TreeSet<>();
        for (Step step : AsteriskFiles.dialplan().steps()) {
            applications.add(step.application());
            if (step.application().equals("ExecIf")) {
                String then = step.arguments().substring(step.arguments().indexOf('?') + 1);
                applications.add(then.substring(0, then.indexOf('(')));
            }
        }
        return applications;
    }

    /**
     * Every dialplan function it reads or writes, and CHANNEL, which the server writes over AGI
     * (CHANNEL(language)) though the dialplan does not use it.
     */
    public static Set<String> functions() {
        Set<String> functions = new TreeSet<>(Set.of("CHANNEL"));
        for (Step step : AsteriskFiles.dialplan().steps()) {
            Matcher read = FUNCTION.matcher(step.arguments());
            while (read.find()) {
                functions.add(read.group(1));
            }
            Matcher written = WRITTEN_FUNCTION.matcher(step.arguments());
            if (step.application().equals("Set") && written.find()) {
                functions.add(written.group(1));
            }
        }
        return functions;
    }

    /**
     * The public holidays of [ocss-agents-on-duty] (its GotoIfTime steps that go to {@code closed}): a
     * call the real-Asterisk suite makes "in agent hours" must not fall on one.
     */
    public static boolean isHoliday(ZonedDateTime time, ZoneId zone) {
        return AsteriskFiles.steps("GotoIfTime").stream()
                .filter(step -> step.context().equals("ocss-agents-on-duty") && step.arguments().endsWith("?closed"))
                .map(step -> step.arguments().replace("${OCSS_TIMEZONE}", zone.getId()))
                .map(arguments -> arguments.substring(0, arguments.lastIndexOf('?')))
                .anyMatch(spec -> TimeSpec.parse(spec, zone).includes(time));
    }
}
