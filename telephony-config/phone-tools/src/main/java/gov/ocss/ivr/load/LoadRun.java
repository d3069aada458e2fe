package gov.ocss.ivr.load;

import gov.ocss.ivr.load.CallCheck.Outcome;
import gov.ocss.ivr.agi.VirtualThreads;
import gov.ocss.ivr.load.CallCheck.Verdict;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Makes calls, {@code concurrency} at a time: the first ones started evenly over the ramp-up, then a
 * new one as soon as one ends, until the number of calls or the duration is reached. Each call runs
 * on its own thread (virtual where the JDK has them), as each of Asterisk's channels is its own.
 */
final class LoadRun {
    /** One call: makes it, checks it, and hands its step turnarounds to {@code steps}. */
    @FunctionalInterface
    interface OneCall {
        Verdict make(long number, StepTimes steps);
    }

    /**
     * @param afterRampUpCalls calls that ended after the ramp-up, and the seconds from then to the end
     */
    record Result(long calls, Map<Outcome, Long> outcomes, Map<String, Long> problems, StepTimes steps,
                  double seconds, long afterRampUpCalls, double afterRampUpSeconds, int peakInProgress,
                  double meanCallSeconds, long commands) {
        long count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        double callsPerSecond() {
            return afterRampUpSeconds > 1 ? afterRampUpCalls / afterRampUpSeconds : calls / seconds;
        }
    }

    private final int concurrency;
    private final long maxCalls;
    private final Optional<Duration> duration;
    private final Duration rampUp;

    LoadRun(int concurrency, long maxCalls, Optional<Duration> duration, Duration rampUp) {
        this.concurrency = concurrency;
        this.maxCalls = maxCalls;
        this.duration = duration;
        this.rampUp = rampUp;
    }

    Result run(OneCall call, Consumer<String> progress) throws InterruptedException {
        StepTimes steps = new StepTimes();
        Map<Outcome, LongAdder> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new LongAdder());
        }
        Map<String, LongAdder> problems = new ConcurrentHashMap<>();
        Semaphore lines = new Semaphore(concurrency);
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        LongAdder afterRampUp = new LongAdder();
        LongAdder callNanos = new LongAdder();
        AtomicLong lastEnd = new AtomicLong();
        long start = System.nanoTime();
        long rampUpEnd = start + rampUp.toNanos();
        long stopStarting = duration.map(d -> start + d.toNanos()).orElse(Long.MAX_VALUE);
        ExecutorService threads = callThreads();
        long started = 0;
        long nextProgress = start + TimeUnit.SECONDS.toNanos(10);
        while (started < maxCalls && System.nanoTime() < stopStarting) {
            if (started < concurrency) {
                long due = start + rampUp.toNanos() * started / concurrency;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            if (!lines.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                continue;
            }
            long number = ++started;
            peak.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
            threads.execute(() -> {
                long began = System.nanoTime();
                try {
                    Verdict verdict = call.make(number, steps);
                    outcomes.get(verdict.outcome()).increment();
                    if (verdict.outcome() != Outcome.OK) {
                        problems.computeIfAbsent(verdict.why(), k -> new LongAdder()).increment();
                    }
                } catch (RuntimeException e) {
                    outcomes.get(Outcome.FAILED).increment();
                    problems.computeIfAbsent("the load tool failed: " + e, k -> new LongAdder()).increment();
                } finally {
                    long ended = System.nanoTime();
                    callNanos.add(ended - began);
                    if (ended > rampUpEnd) {
                        afterRampUp.increment();
                    }
                    lastEnd.accumulateAndGet(ended, Math::max);
                    inProgress.decrementAndGet();
                    lines.release();
                }
            });
            if (System.nanoTime() > nextProgress) {
                progress.accept(status(started, inProgress.get(), outcomes, start));
                nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            }
        }
        threads.shutdown();
        while (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
            progress.accept(status(started, inProgress.get(), outcomes, start));
        }
        long end = lastEnd.get() == 0 ? System.nanoTime() : lastEnd.get();
        Map<Outcome, Long> counted = new EnumMap<>(Outcome.class);
        outcomes.forEach((o, n) -> counted.put(o, n.sum()));
        Map<String, Long> problemCounts = new ConcurrentHashMap<>();
        problems.forEach((why, n) -> problemCounts.put(why, n.sum()));
        return new Result(started, counted, problemCounts, steps, (end - start) / 1e9, afterRampUp.sum(),
                Math.max(0, (end - rampUpEnd) / 1e9), peak.get(), started == 0 ? 0 : callNanos.sum() / 1e9 / started,
                steps.count());
    }

    private static String status(long started, int inProgress, Map<Outcome, LongAdder> outcomes, long start) {
        return String.format("%5.0f s: %d calls started, %d in progress, %d ended well, %d refused, %d failed, %d wrong",
                (System.nanoTime() - start) / 1e9, started, inProgress, outcomes.get(Outcome.OK).sum(),
                outcomes.get(Outcome.REFUSED).sum(), outcomes.get(Outcome.FAILED).sum(), outcomes.get(Outcome.WRONG).sum());
    }

    /** Virtual threads on JDK 21 and later, else small platform threads. */
    private static ExecutorService callThreads() {
        return VirtualThreads.perTaskExecutor().orElseGet(() -> {
            AtomicInteger n = new AtomicInteger();
            return Executors.newCachedThreadPool(task -> {
                Thread t = new Thread(null, task, "load-call-" + n.incrementAndGet(), 256 * 1024);
                t.setDaemon(true);
                return t;
            });
        });
    }
}
