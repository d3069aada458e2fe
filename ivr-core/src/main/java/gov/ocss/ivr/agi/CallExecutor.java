package gov.ocss.ivr.agi;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each call on its own thread: a virtual thread where the JDK has them (21 and later), else a
 * platform thread from a pool that grows to {@code maxCalls}. A call spends nearly all its time
 * waiting for Asterisk, so a thread per call is the simple model and virtual threads make it cheap.
 * Counting calls here is what lets the listener refuse the call after the last one it can hold.
 */
final class CallExecutor {
    private static final Logger log = LoggerFactory.getLogger(CallExecutor.class);

    private final ExecutorService threads;
    private final int maxCalls;
    private final AtomicInteger inProgress = new AtomicInteger();

    CallExecutor(int maxCalls) {
        this.maxCalls = maxCalls;
        ExecutorService virtualThreads = VirtualThreads.perTaskExecutor().orElse(null);
        boolean virtual = virtualThreads != null;
        this.threads = virtual ? virtualThreads : platformPool(maxCalls);
        // With a separator: the server's log masks a bare number of five digits or more.
        log.info("Calls run on {} (at most {} at once)", virtual ? "virtual threads" : "a platform thread pool",
                String.format(Locale.ROOT, "%,d", maxCalls));
    }

    boolean isFull() {
        return inProgress.get() >= maxCalls;
    }

    int inProgress() {
        return inProgress.get();
    }

    void execute(Runnable call) {
        inProgress.incrementAndGet();
        try {
            threads.execute(() -> {
                try {
                    call.run();
                } finally {
                    inProgress.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            inProgress.decrementAndGet();
            throw e;
        }
    }

    void shutdown() {
        threads.shutdown();
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return threads.awaitTermination(timeout, unit);
    }

    private static ExecutorService platformPool(int maxCalls) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, maxCalls, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    // Small stacks: a call's stack is shallow, and thousands of threads must fit.
                    Thread thread = new Thread(null, task, "call-" + number.incrementAndGet(), 512 * 1024);
                    thread.setDaemon(true);
                    return thread;
                });
        return pool;
    }
}
