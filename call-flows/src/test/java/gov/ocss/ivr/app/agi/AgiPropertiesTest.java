package gov.ocss.ivr.app.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AgiPropertiesTest {
    private final ApplicationContextRunner app = new ApplicationContextRunner().withUserConfiguration(AgiOnly.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AgiProperties.class)
    static class AgiOnly {
    }

    @Test
    void withNothingSetOnlyAnAsteriskOnThisHostMayConnect() {
        app.run(context -> {
            var allowed = context.getBean(AgiProperties.class).allowed();
            assertThat(allowed.allows(InetAddress.getByName("127.0.0.1"))).isTrue();
            assertThat(allowed.allows(InetAddress.getByName("::1"))).isTrue();
            assertThat(allowed.allows(InetAddress.getByName("10.20.0.5"))).isFalse();
        });
    }

    @Test
    void theAsteriskServersAreGivenCommaSeparated() {
        app.withPropertyValues("ivr.agi.allowed-clients=10.20.0.5, 10.20.1.0/24").run(context -> {
            var allowed = context.getBean(AgiProperties.class).allowed();
            assertThat(allowed.allows(InetAddress.getByName("10.20.0.5"))).isTrue();
            assertThat(allowed.allows(InetAddress.getByName("10.20.1.77"))).isTrue();
            assertThat(allowed.allows(InetAddress.getByName("10.20.2.1"))).isFalse();
            assertThat(allowed.allows(InetAddress.getByName("127.0.0.1"))).isFalse();
        });
    }

    @Test
    void aHostNameOrABadBlockStopsTheStartWithTheSettingToFix() {
        app.withPropertyValues("ivr.agi.allowed-clients=asterisk.example.org").run(context ->
                assertThatThrownBy(() -> context.getBean(AgiProperties.class).allowed())
                        .isInstanceOf(ConfigurationProblem.class)
                        .hasMessageContaining("ivr.agi.allowed-clients: not an IP address or CIDR block: 'asterisk.example.org'"));
    }
}
