package gov.ocss.ivr.app.remail;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.remail.RemailWorker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduledPrintingTest {

    @Test
    void printsEveryIntervalAndAFailedRunDoesNotStopTheNext() throws Exception {
        CountDownLatch threeRuns = new CountDownLatch(3);
        AtomicInteger runs = new AtomicInteger();
        RemailWorker worker = new RemailWorker(null, null, null, null, 1) {
            @Override
            public List<PrintedBatch> printQueue(String printedBy, int mostBatches) {
                threeRuns.countDown();
                if (runs.incrementAndGet() == 1) {
                    throw new IllegalStateException("the database is down");
                }
                return List.of();
            }
        };
        ScheduledPrinting printing = new ScheduledPrinting(worker, Duration.ofMillis(20));

        printing.start();
        assertThat(printing.isRunning()).isTrue();
        assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
        printing.stop();

        assertThat(printing.isRunning()).isFalse();
        int afterStop = runs.get();
        Thread.sleep(100);
        assertThat(runs.get()).as("no run after stop").isLessThanOrEqualTo(afterStop + 1);
    }

    @Test
    void anIntervalOfZeroNeverPrints() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        RemailWorker worker = new RemailWorker(null, null, null, null, 1) {
            @Override
            public List<PrintedBatch> printQueue(String printedBy, int mostBatches) {
                runs.incrementAndGet();
                return List.of();
            }
        };
        ScheduledPrinting printing = new ScheduledPrinting(worker, Duration.ZERO);

        printing.start();
        Thread.sleep(100);

        assertThat(printing.isRunning()).isFalse();
        assertThat(runs).hasValue(0);
    }
}
