package gov.ocss.ivr.telephony.real;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.telephony.ShippedDialplan;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped modules.conf, extensions.conf and queues.conf on a real Asterisk: they load without a
 * warning or an error (but for the SIP modules, which the suite's Asterisk has no pjproject for), and
 * every application and function the dialplan uses is there to run.
 */
@Tag("asterisk")
@ExtendWith(RealAsterisk.class)
class AsteriskLoadsOurFilesTest {
    private final ThrowawayAsterisk asterisk = RealAsterisk.line().asterisk();

    @Test
    void asteriskStartsWithOurFilesWithoutAWarningOrAnErrorButForSip() {
        List<String> boot = RealAsterisk.line().log().lines().stream()
                .takeWhile(line -> !line.contains("Asterisk Ready.")).toList();
        assertThat(boot).as("Asterisk's log up to 'Asterisk Ready.'").isNotEmpty();
        assertThat(ThrowawayAsterisk.warningsAndErrors(boot))
                .as("warnings and errors at start-up, SIP aside")
                .allMatch(line -> line.contains("pjsip") || line.contains("pjproject"));
    }

    @Test
    void theModulesTheLinesNeedAreRunning() {
        for (String module : List.of("res_speech.so", "res_agi.so", "pbx_config.so", "app_queue.so", "format_wav.so",
                "codec_ulaw.so", "res_musiconhold.so")) {
            assertThat(asterisk.cli("module show like " + module)).as(module).containsPattern(module + "\\s.*Running");
        }
    }

    @Test
    void everyApplicationAndFunctionTheDialplanUsesIsRegistered() {
        for (String application : ShippedDialplan.applications()) {
            assertThat(asterisk.cli("core show application " + application))
                    .as(application).contains("[Synopsis]").doesNotContain("not registered");
        }
        for (String function : ShippedDialplan.functions()) {
            assertThat(asterisk.cli("core show function " + function))
                    .as(function).contains("[Synopsis]").doesNotContain("No function by that name");
        }
    }

    @Test
    void everyContextOfTheDialplanAndBothQueuesAreLoaded() {
        for (String context : ShippedDialplan.contexts()) {
            assertThat(asterisk.cli("dialplan show " + context)).as(context).contains("Context '" + context + "'");
        }
        assertThat(asterisk.cli("queue show ocss-voice")).contains("ocss-voice has");
        assertThat(asterisk.cli("queue show ocss-tty")).contains("ocss-tty has");
    }
}
