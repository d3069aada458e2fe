package gov.ocss.ivr.agi;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A thread per task on virtual threads, where the JDK has them (21 and later). The project compiles
 * for Java 17, so Java 21's API is looked up at run time; on 17 the caller chooses its own fallback.
 */
public final class VirtualThreads {
    private VirtualThreads() {
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
