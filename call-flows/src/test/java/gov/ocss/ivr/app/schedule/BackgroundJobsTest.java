package gov.ocss.ivr.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BackgroundJobsTest {

    @Test
    void aLongRunOfOneJobNeitherHoldsUpAnotherNorOverlapsItself() {
        CountDownLatch released = new CountDownLatch(1);
        AtomicInteger longRuns = new AtomicInteger();
        AtomicInteger longRunsAtOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch quickRuns = new CountDownLatch(3);
        Runnable longJob = () -> {
            longRuns.incrementAndGet();
            mostAtOnce.accumulateAndGet(longRunsAtOnce.incrementAndGet(), Math::max);
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                longRunsAtOnce.decrementAndGet();
            }
        };

        new ApplicationContextRunner().withUserConfiguration(BackgroundJobs.class)
                .withBean("purge", BackgroundJob.class, () -> new BackgroundJob("long", Duration.ofMillis(10), longJob, "off"))
                .withBean("printing", BackgroundJob.class,
                        () -> new BackgroundJob("quick", Duration.ofMillis(10), quickRuns::countDown, "off"))
                .run(context -> {
                    assertThat(quickRuns.await(10, TimeUnit.SECONDS)).as("the quick job runs while the long one is stuck").isTrue();
                    assertThat(longRuns).hasValue(1);
                    released.countDown();
                });

        assertThat(mostAtOnce).as("never two runs of one job at once").hasValue(1);
    }
}
