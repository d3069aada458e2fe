package gov.ocss.ivr.load;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.load.ThreadTimes.Kind;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Read from this test's own JVM through Linux's /proc, with threads that spend a known CPU time. */
class ThreadTimesTest {
    private static final long PID = ProcessHandle.current().pid();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void aCallThreadsTimeIsCountedAsTheCalls() throws Exception {
        Map<Kind, ThreadTimes.Ticks> byKind = readWhileAlive("call-41", () -> spin(300));

        assertThat(byKind.get(Kind.CALLS).seconds()).isBetween(0.25, 0.4);
    }

    @Test
    void aThreadThatEndedBeforeTheReadingIsCountedAsEnded() throws Exception {
        ThreadTimes start = ThreadTimes.read(PID);
        Thread check = new Thread(() -> spin(300), "holding");
        check.start();
        check.join();
        untilNoThreadIsNamed("holding");

        Map<Kind, ThreadTimes.Ticks> byKind = ThreadTimes.read(PID).since(start);

        assertThat(byKind.get(Kind.ENDED).seconds()).isGreaterThanOrEqualTo(0.25);
        assertThat(byKind.get(Kind.CALLS).seconds()).isLessThan(0.1);
    }

    @Test
    void timeInSystemCallsIsToldApartAsTheKernels() throws Exception {
        ThreadTimes.Ticks calls = readWhileAlive("call-42", () -> {
            // One byte at a time: almost all of the time is the write system call's.
            try (FileOutputStream devNull = new FileOutputStream("/dev/null")) {
                long until = THREADS.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(300);
                while (THREADS.getCurrentThreadCpuTime() < until) {
                    for (int i = 0; i < 1000; i++) {
                        devNull.write(1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(Kind.CALLS);

        assertThat(calls.seconds()).isGreaterThanOrEqualTo(0.25);
        assertThat(calls.kernelSeconds()).isGreaterThanOrEqualTo(0.06);
    }

    /** The times since before a thread named {@code name} did {@code work}, read while it still lives. */
    private static Map<Kind, ThreadTimes.Ticks> readWhileAlive(String name, Runnable work) throws Exception {
        ThreadTimes start = ThreadTimes.read(PID);
        CountDownLatch spent = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            work.run();
            spent.countDown();
            await(done);
        }, name);
        thread.start();
        try {
            assertThat(spent.await(60, TimeUnit.SECONDS)).isTrue();
            return ThreadTimes.read(PID).since(start);
        } finally {
            done.countDown();
            thread.join();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "call-1207, CALLS",
            "holding-12, CALLS",
            "ForkJoinPool-1-, CALLS",
            "MasterPoller, CALLS",
            "Read-Poller, CALLS",
            "VirtualThread-u, CALLS",
            "AJ DaemonPool-1, CALLS",
            "call-audit-writ, DATABASE",
            "HikariPool-1 ho, DATABASE",
            "C2 CompilerThre, JIT",
            "C1 CompilerThre, JIT",
            "GC Thread#1, GC",
            "G1 Conc#0, GC",
            "VM Thread, JVM",
            "Monitor Deflati, JVM",
            "AsyncAppender-W, LOG",
            "http-nio-8080-e, OTHER",
    })
    void aThreadIsKnownByItsName(String name, Kind kind) {
        assertThat(Kind.of(name)).isEqualTo(kind);
    }

    /** Keeps this thread on a core until it has used {@code millis} of CPU time. */
    private static void spin(long millis) {
        long until = THREADS.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long sink = 0;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                sink += i * 31L ^ sink;
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    /** A joined Java thread may still be Linux's for a moment: the reading would find it alive. */
    private static void untilNoThreadIsNamed(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean found = false;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    try {
                        found |= Files.readString(task.resolve("comm")).trim().equals(name);
                    } catch (IOException gone) {
                        // It ended while listed.
                    }
                }
            }
            if (!found) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("a thread named " + name + " is still running");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
