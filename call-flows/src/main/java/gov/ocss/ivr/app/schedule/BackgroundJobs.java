package gov.ocss.ivr.app.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs every {@link BackgroundJob} bean on Spring's scheduler. With a fixed delay a job never overlaps
 * itself; a thread for each job means a long run of one (a first audit purge of years of records) never
 * holds up another. The scheduler is a bean, so closing the server stops the jobs, interrupting a run
 * under way.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class BackgroundJobs implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    private final ObjectProvider<BackgroundJob> jobs;

    BackgroundJobs(ObjectProvider<BackgroundJob> jobs) {
        this.jobs = jobs;
    }

    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.max(1, (int) jobs.stream().filter(job -> !job.switchedOff()).count()));
        scheduler.setThreadNamePrefix("background-");
        scheduler.setDaemon(true);
        return scheduler;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        jobs.orderedStream().forEach(job -> {
            if (job.switchedOff()) {
                log.info(job.whenSwitchedOff());
            } else {
                registrar.addFixedDelayTask(new FixedDelayTask(() -> runOnce(job), job.interval(), job.interval()));
            }
        });
    }

    /** One line with the exception's class and message only: a stack trace could carry what the job was handling. */
    private static void runOnce(BackgroundJob job) {
        try {
            job.work().run();
        } catch (RuntimeException e) {
            log.warn("{} failed; the next run tries again: {}", job.name(), e.toString());
        }
    }
}
