package gov.ocss.ivr.app.metrics;

import gov.ocss.ivr.audit.CallOutcome;
import gov.ocss.ivr.audit.CallOutcomes;
import gov.ocss.ivr.call.CallsInProgress;
import gov.ocss.ivr.caller.Line;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls in progress ({@code ivr_calls_in_progress}) and ended calls by outcome ({@code ivr_calls_total})
 * per line. The only labels are the line and the outcome, both fixed sets: nothing a caller sent or
 * keyed can become a label.
 */
final class CallMetrics implements CallsInProgress, CallOutcomes {
    private final Map<Line, AtomicInteger> inProgress = new EnumMap<>(Line.class);
    private final Map<Line, Map<CallOutcome, Counter>> ended = new EnumMap<>(Line.class);

    /** Every line and outcome is registered at once, at 0, so dashboards and alerts see a series before its first call. */
    CallMetrics(MeterRegistry registry) {
        for (Line line : Line.values()) {
            AtomicInteger calls = new AtomicInteger();
            inProgress.put(line, calls);
            Gauge.builder("ivr.calls.in.progress", calls, AtomicInteger::get)
                    .description("Calls the server is running now")
                    .tag("line", line.scriptName())
                    .strongReference(true)
                    .register(registry);
            Map<CallOutcome, Counter> byOutcome = new EnumMap<>(CallOutcome.class);
            for (CallOutcome outcome : CallOutcome.values()) {
                byOutcome.put(outcome, Counter.builder("ivr.calls")
                        .description("Calls ended, by how they came out")
                        .tag("line", line.scriptName())
                        .tag("outcome", outcome.code())
                        .register(registry));
            }
            ended.put(line, byOutcome);
        }
    }

    @Override
    public void started(Line line) {
        inProgress.get(line).incrementAndGet();
    }

    @Override
    public void ended(Line line) {
        inProgress.get(line).decrementAndGet();
    }

    @Override
    public void count(Line line, CallOutcome outcome) {
        ended.get(line).get(outcome).increment();
    }
}
