package gov.ocss.ivr.app.agi;

import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.agi.AgiStepTimer;
import gov.ocss.ivr.agi.ClosingTime;
import gov.ocss.ivr.agi.FastAgiListener;
import gov.ocss.ivr.agi.RefusedConnections;
import gov.ocss.ivr.agi.ScriptRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgiListenerConfiguration {

    @Bean
    ScriptRegistry scriptRegistry() {
        return new ScriptRegistry();
    }

    /** Shared with the dialog timings, which must stay within the reply time-out. */
    @Bean
    AgiLimits agiLimits() {
        return AgiLimits.defaults();
    }

    /** Set by the listener when it stops; every CallScript must be given this one, to say goodbye in time. */
    @Bean
    ClosingTime closingTime() {
        return new ClosingTime();
    }

    @Bean
    FastAgiListener fastAgiListener(AgiProperties properties, ScriptRegistry scripts, AgiLimits limits, ClosingTime closingTime,
                                    AgiStepTimer stepTimer, RefusedConnections refused) throws UnknownHostException {
        return new FastAgiListener(InetAddress.getByName(properties.bindAddress()), properties.port(), scripts,
                limits, properties.maxCalls(), closingTime, stepTimer, properties.allowed(), refused);
    }

    /** Takes calls only once everything else is up, and stops taking them first on shutdown. */
    @Bean
    SmartLifecycle agiListenerLifecycle(FastAgiListener listener, AgiProperties properties) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                listener.start();
            }

            @Override
            public void stop() {
                listener.stop(properties.shutdownGrace());
            }

            @Override
            public boolean isRunning() {
                return listener.isListening();
            }
        };
    }

    @Bean
    HealthIndicator agiListenerHealthIndicator(FastAgiListener listener, ScriptRegistry scripts) {
        return () -> (listener.isListening() ? Health.up() : Health.down())
                .withDetail("endpoint", listener.endpoint())
                .withDetail("scripts", scripts.names())
                .withDetail("callsInProgress", listener.callsInProgress())
                .build();
    }
}
