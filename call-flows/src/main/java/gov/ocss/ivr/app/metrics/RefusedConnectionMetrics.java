package gov.ocss.ivr.app.metrics;

import gov.ocss.ivr.agi.RefusedConnections;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/**
 * Connections to the FastAGI port closed before a call started ({@code ivr_agi_connections_refused_total}),
 * by reason: {@code not_allowed} (an address off the allow-list: a scan, or an Asterisk left out of
 * the setting) and {@code full} (the server held its most calls; the dialplan sent the caller to agents).
 */
final class RefusedConnectionMetrics implements RefusedConnections {
    private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);

    RefusedConnectionMetrics(MeterRegistry registry) {
        for (Reason reason : Reason.values()) {
            counters.put(reason, Counter.builder("ivr.agi.connections.refused")
                    .description("Connections closed before a call started")
                    .tag("reason", reason.code())
                    .register(registry));
        }
    }

    @Override
    public void refused(Reason reason) {
        counters.get(reason).increment();
    }
}
