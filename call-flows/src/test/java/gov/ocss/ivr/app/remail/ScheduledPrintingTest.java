package gov.ocss.ivr.app.remail;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.app.schedule.BackgroundJob;
import gov.ocss.ivr.app.schedule.BackgroundJobs;
import gov.ocss.ivr.remail.RemailWorker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The printing job as the server schedules it: on Spring's scheduler, stopped when the server closes. */
class ScheduledPrintingTest {

    private static ApplicationContextRunner printing(RemailWorker worker, Duration interval) {
        return new ApplicationContextRunner()
                .withUserConfiguration(BackgroundJobs.class)
                .withBean(BackgroundJob.class, () -> ScheduledPrinting.of(worker, interval));
    }

    private static boolean isRunning(org.springframework.context.ApplicationContext context) {
        return !context.getBean(ScheduledTaskHolder.class).getScheduledTasks().isEmpty();
    }

    @Test
    void printsEveryIntervalAndAFailedRunDoesNotStopTheNext() {
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

        printing(worker, Duration.ofMillis(20)).run(context -> {
            assertThat(isRunning(context)).isTrue();
            assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
            ThreadPoolTaskScheduler scheduler = context.getBean(ThreadPoolTaskScheduler.class);
            context.close();

            assertThat(scheduler.getScheduledThreadPoolExecutor().isShutdown()).as("stopped with the server").isTrue();
            int afterStop = runs.get();
            Thread.sleep(100);
            assertThat(runs.get()).as("no run after stop").isLessThanOrEqualTo(afterStop + 1);
        });
    }

    @Test
    void anIntervalOfZeroNeverPrints() {
        AtomicInteger runs = new AtomicInteger();
        RemailWorker worker = new RemailWorker(null, null, null, null, 1) {
            @Override
            public List<PrintedBatch> printQueue(String printedBy, int mostBatches) {
                runs.incrementAndGet();
                return List.of();
            }
        };

        printing(worker, Duration.ZERO).run(context -> {
            Thread.sleep(100);

            assertThat(isRunning(context)).isFalse();
            assertThat(runs).hasValue(0);
        });
    }
}
