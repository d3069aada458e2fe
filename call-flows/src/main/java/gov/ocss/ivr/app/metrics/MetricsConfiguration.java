package gov.ocss.ivr.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The phone line's own metrics, next to what the actuator gives on its own (JVM, process, HikariCP
 * pool, HTTP): served at {@code /actuator/prometheus}.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    RefusedConnectionMetrics refusedConnectionMetrics(MeterRegistry registry) {
        return new RefusedConnectionMetrics(registry);
    }

    @Bean
    CallMetrics callMetrics(MeterRegistry registry) {
        return new CallMetrics(registry);
    }

    @Bean
    AgiStepMetrics agiStepMetrics(MeterRegistry registry) {
        return new AgiStepMetrics(registry);
    }
}
