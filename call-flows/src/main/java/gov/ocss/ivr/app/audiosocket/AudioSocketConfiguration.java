package gov.ocss.ivr.app.audiosocket;

import gov.ocss.ivr.app.agi.AgiProperties;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.audiosocket.AudioSocketLimits;
import gov.ocss.ivr.audiosocket.AudioSocketListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audio port of the TTY line's TDD calls, open as soon as the server is, closed as it stops. */
@Configuration(proxyBeanMethods = false)
class AudioSocketConfiguration {

    /** The listener, or {@link AudioLinks#NONE} when turned off; Spring closes the listener as the server stops. */
    @Bean
    AudioLinks audioLinks(AudioSocketProperties properties, AgiProperties agi) throws IOException {
        if (!properties.enabled()) {
            return AudioLinks.NONE;
        }
        String bind = properties.bindAddress().isBlank() ? agi.bindAddress() : properties.bindAddress();
        AudioSocketListener listener = new AudioSocketListener(InetAddress.getByName(bind), properties.port(),
                Optional.of(properties.addressForAsterisk()), properties.allowed(agi.allowedClients()),
                new AudioSocketLimits(properties.maxCalls(), properties.maxFrameBytes(), properties.connectTimeout(),
                        properties.idleTimeout(), properties.connectTimeout()));
        try {
            listener.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen for AudioSocket connections on " + bind + ":" + properties.port(), e);
        }
        return listener;
    }

    @Bean
    HealthIndicator audioSocketHealthIndicator(AudioLinks links) {
        return () -> {
            if (!(links instanceof AudioSocketListener listener)) {
                return Health.up().withDetail("enabled", false).build();
            }
            return (listener.isListening() ? Health.up() : Health.down())
                    .withDetail("port", listener.port())
                    .withDetail("callsInProgress", listener.linksInProgress())
                    .build();
        };
    }
}
