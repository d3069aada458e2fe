package gov.ocss.ivr.app.dialog;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How patient each line is with its callers ({@code ivr.dialog.voice.*} for the help line,
 * {@code ivr.dialog.tty.*} for the TTY line). A setting left out keeps the line's default from
 * {@link DialogTimings}, so the defaults live in one place.
 *
 * @param voice the help line: keys pressed on a phone
 * @param tty   the TTY line: typing takes far longer
 */
@ConfigurationProperties("ivr.dialog")
public record DialogProperties(@DefaultValue LineTimings voice, @DefaultValue LineTimings tty) {

    /**
     * One line's settings; a bare number is seconds ({@code first-key=8}), since that is how people
     * think of these waits.
     *
     * @param firstKey wait for the first key after a prompt
     * @param nextKey  wait between keys
     * @param tries    tries at a question before the safe exit
     * @param moreTime wait for the answer to "do you need more time?"
     */
    public record LineTimings(@DurationUnit(ChronoUnit.SECONDS) Duration firstKey,
                              @DurationUnit(ChronoUnit.SECONDS) Duration nextKey,
                              Integer tries,
                              @DurationUnit(ChronoUnit.SECONDS) Duration moreTime) {
    }

    /**
     * The timings of both lines, checked: a wait must be longer than zero and shorter than
     * {@code longestWait} (the longest the server waits for Asterisk's reply to a command, beyond
     * which it cuts the call off), and a question needs at least one try. Checked here rather than
     * by Bean Validation: the longest wait comes from another bean, and each message names the
     * line's own default.
     *
     * @throws ConfigurationProblem naming the setting to fix
     */
    public Map<Line, DialogTimings> timingsByLine(Duration longestWait) {
        return Map.of(
                Line.HELPLINE, checked("voice", voice, DialogTimings.voice(), longestWait),
                Line.TTY, checked("tty", tty, DialogTimings.text(), longestWait));
    }

    private static DialogTimings checked(String line, LineTimings given, DialogTimings defaults, Duration longestWait) {
        Setting setting = new Setting("ivr.dialog." + line + ".", longestWait);
        return new DialogTimings(
                setting.wait("first-key", given.firstKey(), defaults.firstKey()),
                setting.wait("next-key", given.nextKey(), defaults.nextKey()),
                setting.tries(given.tries(), defaults.tries()),
                setting.wait("more-time", given.moreTime(), defaults.moreTime()));
    }

    private record Setting(String prefix, Duration longestWait) {

        Duration wait(String name, Duration given, Duration fallback) {
            if (given == null) {
                return fallback;
            }
            String property = prefix + name;
            if (given.isNegative() || given.isZero()) {
                throw new ConfigurationProblem(property + " is " + shown(given) + ", but a wait must be longer than zero.",
                        "Set " + named(property) + " to a positive duration such as " + shown(fallback)
                                + ", or leave it unset for the default of " + shown(fallback) + ".");
            }
            if (given.compareTo(longestWait) >= 0) {
                throw new ConfigurationProblem(property + " is " + shown(given) + ", but the server cuts a call off when Asterisk "
                                + "has not answered a command within " + shown(longestWait) + ".",
                        "Set " + named(property) + " below " + shown(longestWait)
                                + ", or leave it unset for the default of " + shown(fallback) + ".");
            }
            return given;
        }

        int tries(Integer given, int fallback) {
            if (given == null) {
                return fallback;
            }
            if (given < 1) {
                String property = prefix + "tries";
                throw new ConfigurationProblem(property + " is " + given + ", but a question needs at least one try.",
                        "Set " + named(property) + " to 1 or more, or leave it unset for the default of " + fallback + ".");
            }
            return given;
        }

        /** The property and the environment variable an operator may have used for it. */
        private static String named(String property) {
            return property + " (" + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
        }

        private static String shown(Duration duration) {
            long millis = duration.toMillis();
            return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
        }
    }
}
