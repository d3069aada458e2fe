package gov.ocss.ivr.agi;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A thread per task on virtual threads, where the JDK has them (21 and later). The project compiles
 * for Java 17, so Java 21's API is looked up at run time; on 17 the caller chooses its own fallback.
 */
public final class VirtualThreads {
    private VirtualThreads() {
    }

    /**
     * A thread per task: virtual where the JDK has them; on JDK 17 a daemon platform thread named
     * {@code name}, gone when its task is done (a pool of them stalled PIN checks under load: see
     * BENCHMARKS.md, "The PIN check in one read").
     */
    public static Executor perTask(String name) {
        return perTaskExecutor().<Executor>map(executor -> executor).orElse(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    public static Optional<ExecutorService> perTaskExecutor() {
        try {
            Method factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return Optional.of((ExecutorService) factory.invoke(null));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
