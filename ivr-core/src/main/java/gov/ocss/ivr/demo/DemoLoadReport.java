package gov.ocss.ivr.demo;

import java.time.Duration;
import java.util.Map;

/**
 * What a load put into the ledger.
 *
 * @param rows rows per table ({@code ledger.charge} and so on), in loading order
 */
public record DemoLoadReport(DemoDataset dataset, Map<String, Long> rows, Duration took) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
