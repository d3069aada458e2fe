package gov.ocss.ivr.app.metrics;

import gov.ocss.ivr.agi.AgiStepTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The server's turnaround per AGI step as a Prometheus histogram ({@code ivr_agi_step_seconds}). A
 * caller hears our time as silence after every key press, so the buckets are fine where a step
 * should be (below a millisecond) and at the points an alert would name.
 */
final class AgiStepMetrics implements AgiStepTimer {
    private final Timer steps;

    AgiStepMetrics(MeterRegistry registry) {
        this.steps = Timer.builder("ivr.agi.step")
                .description("Time from reading Asterisk's reply to sending the next AGI command")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
                        Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100))
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void step(long nanos) {
        steps.record(nanos, TimeUnit.NANOSECONDS);
    }
}
