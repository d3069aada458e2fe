package gov.ocss.ivr.helpline;

import gov.ocss.ivr.agi.VirtualThreads;
import gov.ocss.ivr.db.HeldWork;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * Work the caller waits for on the line, such as a PIN check queued behind others on the same case
 * in a burst of calls. The work runs on a thread of its own, so that the call's thread is free to
 * ask the caller to hold on when it takes more than a moment, and again while it goes on: the line
 * is never silent for long. The work is never cut short: a caller who hangs up while holding leaves
 * it to finish, so a PIN they keyed is still counted.
 */
public final class Hold {
    /** Silence a caller takes for the line at work; longer, and they wonder whether anyone is there. */
    static final Duration QUIET_FOR = Duration.ofSeconds(2);
    /** How often the caller still holding is told so again. */
    static final Duration SAY_AGAIN_AFTER = Duration.ofSeconds(10);

    private static final Executor THREADS = VirtualThreads.perTaskExecutor().<Executor>map(executor -> executor)
            .orElseGet(Hold::platformThreads);

    private Hold() {
    }

    /**
     * The work's result, once done; meanwhile, after {@link #QUIET_FOR} and every
     * {@link #SAY_AGAIN_AFTER} after that, the visit says {@code holdOn}. What the work throws, this
     * throws.
     */
    public static <T> T during(Visit visit, String holdOn, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Map<String, String> callContext = MDC.getCopyOfContextMap();
        THREADS.execute(() -> {
            // The work's log lines name the call, as the call's own do.
            if (callContext != null) {
                MDC.setContextMap(callContext);
            }
            try {
                // The caller is told to hold while it waits, so it may wait longer for the database.
                result.complete(HeldWork.run(work));
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            } finally {
                MDC.clear();
            }
        });
        // What was said before the work is played while it runs, not kept until after it.
        visit.dialog().deliver();
        Duration quiet = QUIET_FOR;
        while (true) {
            try {
                return result.get(quiet.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillAtWork) {
                visit.say(holdOn);
                visit.dialog().deliver();
                quiet = SAY_AGAIN_AFTER;
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The call was interrupted while its caller held", e);
            }
        }
    }

    /**
     * JDK 17: platform threads kept for a minute after their work, as every verified call holds
     * once: starting and ending a thread for each would cost more than the PIN check itself.
     */
    private static Executor platformThreads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "holding-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
