package gov.ocss.ivr.demo;

import java.time.Instant;
import java.time.YearMonth;

/** The demo dataset the ledger holds, as recorded when it was loaded. */
public record LoadedDemoData(long seed, int cases, YearMonth anchorMonth, Instant loadedAt) {

    /** Whether the ledger holds exactly this dataset. */
    public boolean isOf(DemoDataset dataset) {
        return seed == dataset.seed() && cases == dataset.caseCount() && anchorMonth.equals(dataset.anchorMonth());
    }
}
