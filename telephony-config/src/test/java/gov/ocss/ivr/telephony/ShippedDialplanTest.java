package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import gov.ocss.ivr.telephony.Dialplan.Step;
import gov.ocss.ivr.telephony.Dialplan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** extensions.conf loads as Asterisk would load it, and every path through it leads somewhere. */
class ShippedDialplanTest {
    private static final Dialplan PLAN = AsteriskFiles.dialplan();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\[(.*?)]");

    @Test
    void everyShippedFileLoadsByAsteriskSRules() {
        for (String file : List.of("extensions.conf", "pjsip.conf", "queues.conf", "modules.conf")) {
            assertThatCode(() -> AsteriskFiles.config(file)).as(file).doesNotThrowAnyException();
        }
        assertThat(PLAN.contexts()).containsKeys("ocss-from-carrier", "ocss-helpline", "ocss-tty", "ocss-after-agi");
    }

    @Test
    void everyGotoGotoIfAndGosubLeadsToAStepThatExists() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Step step : PLAN.steps()) {
            for (Target target : AsteriskFiles.targets(step)) {
                checked++;
                if (PLAN.find(target).isEmpty()) {
                    missing.add(step.where() + ": " + step.application() + "(" + step.arguments() + ") -> " + target);
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    @Test
    void aPlaceOrSoundNamesNoVariableButTheCallersLanguage() {
        // So that the checks here can follow every path and find every sound.
        List<String> variable = new ArrayList<>();
        for (Step step : PLAN.steps()) {
            for (Target target : AsteriskFiles.targets(step)) {
                if (target.toString().contains("$")) {
                    variable.add(step.where() + ": " + target);
                }
            }
        }
        for (Step step : AsteriskFiles.steps("Playback")) {
            if (step.arguments().replace(AsteriskFiles.LANGUAGE_VARIABLE, "").contains("$")) {
                variable.add(step.where() + ": " + step.arguments());
            }
        }
        assertThat(variable).isEmpty();
    }

    @Test
    void everySubroutineReturnsAndNothingElseDoes() {
        Set<String> called = new TreeSet<>();
        for (Step step : AsteriskFiles.steps("Gosub")) {
            AsteriskFiles.targets(step).forEach(target -> called.add(target.context()));
        }
        Set<String> returning = new TreeSet<>();
        AsteriskFiles.steps("Return").forEach(step -> returning.add(step.context()));
        assertThat(returning).isEqualTo(called);
    }

    @Test
    void noExpressionBreaksWhenItsVariablesAreEmpty() {
        // An unquoted ${VAR} that is empty leaves an operator without an operand: Asterisk logs a
        // syntax error and the branch goes the wrong way. Every variable must be quoted.
        List<String> broken = new ArrayList<>();
        for (Step step : PLAN.steps()) {
            Matcher matcher = EXPRESSION.matcher(step.arguments());
            while (matcher.find()) {
                String empty = matcher.group(1).replaceAll("\\$\\{[^}]*}", "");
                try {
                    Expression.evaluate(empty);
                } catch (IllegalArgumentException e) {
                    broken.add(step.where() + ": $[" + matcher.group(1) + "]: " + e.getMessage());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCarrierReachesTheTwoLinesAndNothingElse() {
        Dialplan.Context carrier = PLAN.context("ocss-from-carrier");
        assertThat(carrier.includes()).isEmpty();
        Set<String> reached = new TreeSet<>();
        carrier.extensions().values().forEach(steps -> steps.values().forEach(step ->
                AsteriskFiles.targets(step).forEach(target -> reached.add(target.context()))));
        assertThat(reached).containsExactly("ocss-helpline", "ocss-tty");
    }
}
