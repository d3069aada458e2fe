package gov.ocss.ivr.app.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.SystemEnvironmentPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class DialogPropertiesTest {
    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(DialogOnly.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DialogProperties.class)
    static class DialogOnly extends DialogConfiguration {
        @Bean
        AgiLimits agiLimits() {
            return AgiLimits.defaults();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Line, DialogTimings> timings(org.springframework.context.ApplicationContext context) {
        return (Map<Line, DialogTimings>) context.getBean("dialogTimings", Map.class);
    }

    @Test
    void withNothingSetEachLineKeepsItsDefaultsAndTheTtyLineIsMorePatient() {
        app.run(context -> assertThat(timings(context))
                .containsEntry(Line.HELPLINE, DialogTimings.voice())
                .containsEntry(Line.TTY, DialogTimings.text()));
    }

    @Test
    void eachLineIsSetOnItsOwnABareNumberIsSecondsAndUnsetValuesKeepTheirDefaults() {
        app.withPropertyValues("ivr.dialog.voice.first-key=8", "ivr.dialog.voice.tries=2",
                        "ivr.dialog.tty.more-time=45s", "ivr.dialog.tty.next-key=1500ms")
                .run(context -> {
                    DialogTimings voice = timings(context).get(Line.HELPLINE);
                    assertThat(voice).isEqualTo(new DialogTimings(Duration.ofSeconds(8), DialogTimings.voice().nextKey(), 2,
                            DialogTimings.voice().moreTime()));
                    DialogTimings tty = timings(context).get(Line.TTY);
                    assertThat(tty).isEqualTo(new DialogTimings(DialogTimings.text().firstKey(), Duration.ofMillis(1500),
                            DialogTimings.text().tries(), Duration.ofSeconds(45)));
                });
    }

    @Test
    void theEnvironmentVariablesTheReadmeNamesAreRead() {
        app.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                        "systemEnvironment", Map.of("IVR_DIALOG_TTY_FIRST_KEY", "90", "IVR_DIALOG_VOICE_TRIES", "4"))))
                .run(context -> {
                    assertThat(timings(context).get(Line.TTY).firstKey()).isEqualTo(Duration.ofSeconds(90));
                    assertThat(timings(context).get(Line.HELPLINE).tries()).isEqualTo(4);
                });
    }

    @Test
    void noTriesStopsTheStartNamingTheSetting() {
        app.withPropertyValues("ivr.dialog.voice.tries=0").run(context -> assertThat(context.getStartupFailure())
                .rootCause().isInstanceOf(ConfigurationProblem.class)
                .hasMessage("ivr.dialog.voice.tries is 0, but a question needs at least one try."));
    }

    @Test
    void aWaitOfZeroOrLessStopsTheStartNamingTheSetting() {
        for (String bad : new String[] {"ivr.dialog.tty.first-key=0", "ivr.dialog.voice.next-key=-2s", "ivr.dialog.voice.more-time=0ms"}) {
            String property = bad.substring(0, bad.indexOf('='));
            app.withPropertyValues(bad).run(context -> assertThat(context.getStartupFailure()).as(bad)
                    .rootCause().isInstanceOf(ConfigurationProblem.class)
                    .hasMessageStartingWith(property + " is ")
                    .hasMessageEndingWith("but a wait must be longer than zero."));
        }
    }

    @Test
    void aWaitTheServerWouldCutOffStopsTheStart() {
        Duration replyTimeout = AgiLimits.defaults().replyTimeout();
        app.withPropertyValues("ivr.dialog.tty.first-key=" + replyTimeout.toSeconds() + "s").run(context ->
                assertThat(context.getStartupFailure()).rootCause().isInstanceOf(ConfigurationProblem.class)
                        .hasMessageContaining("ivr.dialog.tty.first-key is 180s")
                        .hasMessageContaining("within 180s"));
    }

    @Test
    void theOperatorSeesOneClearMessageWithTheSettingAndItsEnvironmentVariable(CapturedOutput output) {
        SpringApplication application = new SpringApplication(DialogOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--ivr.dialog.tty.tries=-1"));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "ivr.dialog.tty.tries is -1, but a question needs at least one try.",
                "Set ivr.dialog.tty.tries (IVR_DIALOG_TTY_TRIES) to 1 or more, or leave it unset for the default of 3.");
    }
}
