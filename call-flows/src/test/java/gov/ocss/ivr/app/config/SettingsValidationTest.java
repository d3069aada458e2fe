package gov.ocss.ivr.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.app.agi.AgiProperties;
import gov.ocss.ivr.app.audiosocket.AudioSocketProperties;
import gov.ocss.ivr.app.audit.AuditProperties;
import gov.ocss.ivr.app.console.ConsoleProperties;
import gov.ocss.ivr.app.database.DatabaseProperties;
import gov.ocss.ivr.app.demo.DemoProperties;
import gov.ocss.ivr.app.helpline.OutageProperties;
import gov.ocss.ivr.app.pin.PinLockoutProperties;
import gov.ocss.ivr.app.remail.RemailProperties;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A setting that makes no sense stops the start with the property named and what it must be. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsValidationTest {
    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(SettingsOnly.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AgiProperties.class, AudioSocketProperties.class, AuditProperties.class,
            DemoProperties.class, PinLockoutProperties.class, RemailProperties.class, DatabaseProperties.class,
            ConsoleProperties.class, OutageProperties.class})
    static class SettingsOnly {
    }

    @Test
    void withNothingSetTheDefaultsPass() {
        app.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(AuditProperties.class).retention()).isEqualTo(Period.ofYears(3));
            assertThat(context.getBean(RemailProperties.class).batchSize()).isEqualTo(200);
            assertThat(context.getBean(PinLockoutProperties.class).failures()).isEqualTo(5);
            assertThat(context.getBean(DatabaseProperties.class).queryTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(context.getBean(ConsoleProperties.class).signIns().window()).isEqualTo(Duration.ofMinutes(15));
            assertThat(context.getBean(OutageProperties.class).hours()).hasSize(5);
        });
    }

    @Test
    void zeroSwitchesTheJobsOffAndAnyFreePortIsAPort() {
        app.withPropertyValues("ivr.audit.purge-interval=0", "ivr.remail.print-interval=0", "ivr.audiosocket.port=0",
                "ivr.agi.port=0").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(AuditProperties.class).purgeInterval()).isEqualTo(Duration.ZERO);
            assertThat(context.getBean(RemailProperties.class).printInterval()).isEqualTo(Duration.ZERO);
        });
    }

    @Test
    void eachSettingThatMakesNoSenseStopsTheStart() {
        for (String bad : new String[] {"ivr.audit.retention=0d", "ivr.audit.retention=-1y", "ivr.audit.purge-interval=-1s",
                "ivr.remail.batch-size=0", "ivr.remail.print-interval=-1h", "ivr.pin-lockout.failures=0",
                "ivr.pin-lockout.first-lock=0s", "ivr.pin-lockout.caller-failures=0", "ivr.pin-lockout.caller-window=0s",
                "ivr.agi.port=65536", "ivr.agi.max-calls=0", "ivr.agi.shutdown-grace=-1s", "ivr.audiosocket.port=-1",
                "ivr.audiosocket.max-calls=0", "ivr.audiosocket.idle-timeout=0s", "ivr.audiosocket.connect-timeout=0s",
                "ivr.audiosocket.max-frame-bytes=0", "ivr.demo.cases=-1", "ivr.database.query-timeout=0s",
                "ivr.database.held-query-timeout=-1s", "ivr.console.sign-ins.failures-per-user=0",
                "ivr.console.sign-ins.failures-per-address=0", "ivr.console.sign-ins.window=0s",
                "ivr.outage.office-hours=MON-FRI 8:30-17:00",
                "ivr.remail.unmailed-batch-kept=30m", "ivr.remail.unmailed-batch-warning=-1d", "ivr.outage.office-hours=weekdays 08:30-17:00"}) {
            app.withPropertyValues(bad).run(context -> assertThat(context).as(bad).hasFailed());
        }
    }

    @Test
    void theOperatorSeesThePropertyItsEnvironmentVariableAndWhatItMustBe(CapturedOutput output) {
        SpringApplication application = new SpringApplication(SettingsOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--ivr.audit.retention=0d", "--ivr.audit.purge-interval=-1s"));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "ivr.audit.retention (IVR_AUDIT_RETENTION) must be a period longer than nothing, such as 3y.",
                "ivr.audit.purge-interval (IVR_AUDIT_PURGEINTERVAL) must be a duration such as 1d, or 0 to never erase.");
    }

    @Test
    void aRejectedValueIsNeverEchoed(CapturedOutput output) {
        SpringApplication application = new SpringApplication(SettingsOnly.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--ivr.remail.batch-size=-98765"));

        assertThat(output.getAll()).contains("ivr.remail.batch-size (IVR_REMAIL_BATCHSIZE) must be 1 or more.")
                .doesNotContain("98765");
    }
}
