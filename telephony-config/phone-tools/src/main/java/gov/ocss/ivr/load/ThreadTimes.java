package gov.ocss.ivr.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A process's CPU time by the kind of thread that spent it, user and kernel apart, read from Linux's
 * {@code /proc/PID/task} at the start and at the end of a run.
 *
 * <p>A JFR profile samples only Java code running; this also sees the JIT compiler, the garbage
 * collector and the time in system calls, which the load run's "server CPU per call" includes. A
 * thread that ended during the run (on JDK 17, a pooled thread left idle for a minute) can no longer be
 * read on its own: Linux keeps its time in the process's total, and it is counted as ended.
 */
final class ThreadTimes {
    /** USER_HZ: the unit of {@code /proc} CPU times, 100 on every Linux this runs on. */
    static final double TICKS_PER_SECOND = 100;

    /** What a thread does, told from its name (Linux keeps the first 15 characters of a Java thread's). */
    enum Kind {
        CALLS("calls' threads (AGI, prompts, the PIN check; on JDK 21+ the virtual threads' carriers and pollers)"),
        DATABASE("connection pool, audit writer and database watch"),
        LOG("log writer"),
        JIT("JIT compiler"),
        GC("garbage collector"),
        JVM("other JVM threads (VM thread, signals, JFR)"),
        OTHER("other threads"),
        ENDED("threads that ended during the run (on JDK 17, idle pooled threads)");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(String name) {
            if (name.startsWith("call-audit") || name.startsWith("Hikari") || name.startsWith("embedded:")
                    || name.startsWith("database-watch")) {
                return DATABASE;
            }
            // On JDK 21 and later a call's virtual thread runs on a ForkJoinPool's carrier threads, and
            // its socket waits are a poller's and an unparker's work.
            if (name.startsWith("call-") || name.startsWith("holding") || name.startsWith("ForkJoinPool")
                    || name.startsWith("MasterPoller") || name.endsWith("-Poller") || name.startsWith("VirtualThread-u")
                    || name.startsWith("fastagi") || name.startsWith("audiosocket")
                    || name.startsWith("AJ DaemonPool")) { // the bare baseline's calls: Asterisk-Java's own pool
                return CALLS;
            }
            if (name.startsWith("AsyncAppender") || name.startsWith("logback")) {
                return LOG;
            }
            if (name.contains("CompilerThre")) {
                return JIT;
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("ZGC")) {
                return GC;
            }
            if (name.startsWith("VM ") || name.startsWith("Signal Dispatch") || name.startsWith("Finalizer")
                    || name.startsWith("Reference Handl") || name.startsWith("Common-Cleaner") || name.startsWith("JFR ")
                    || name.startsWith("Service Thread") || name.startsWith("Monitor Deflati") || name.startsWith("Notification")
                    || name.startsWith("Sweeper") || name.startsWith("Attach Listener")) {
                return JVM;
            }
            return OTHER;
        }
    }

    /** CPU time in ticks of {@code /proc}: in the process's own code, and in the kernel on its behalf. */
    record Ticks(long user, long kernel) {
        static final Ticks NONE = new Ticks(0, 0);

        Ticks plus(Ticks other) {
            return new Ticks(user + other.user, kernel + other.kernel);
        }

        Ticks minus(Ticks other) {
            return new Ticks(user - other.user, kernel - other.kernel);
        }

        double seconds() {
            return (user + kernel) / TICKS_PER_SECOND;
        }

        double kernelSeconds() {
            return kernel / TICKS_PER_SECOND;
        }
    }

    private record Task(String name, Ticks ticks) {
    }

    private final Ticks process;
    private final Map<Long, Task> tasks;

    private ThreadTimes(Ticks process, Map<Long, Task> tasks) {
        this.process = process;
        this.tasks = tasks;
    }

    /** The times so far of a process and of each of its threads; none when it has ended. */
    static ThreadTimes read(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        Ticks process = ticks(dir.resolve("stat")).map(Task::ticks).orElse(Ticks.NONE);
        Map<Long, Task> tasks = new HashMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(dir.resolve("task"))) {
            for (Path thread : threads) {
                ticks(thread.resolve("stat")).ifPresent(task -> tasks.put(Long.parseLong(thread.getFileName().toString()), task));
            }
        } catch (IOException | RuntimeException e) {
            return new ThreadTimes(process, Map.of());
        }
        return new ThreadTimes(process, tasks);
    }

    /** The process's own total: its threads', live and ended. */
    Ticks process() {
        return process;
    }

    /** The process's time from {@code start} to this reading, by kind; every kind is present, most at zero. */
    Map<Kind, Ticks> since(ThreadTimes start) {
        Map<Kind, Ticks> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, Ticks.NONE);
        }
        Ticks live = Ticks.NONE;
        for (Map.Entry<Long, Task> thread : tasks.entrySet()) {
            Task before = start.tasks.get(thread.getKey());
            // A thread id Linux gave again to a new thread starts from nothing.
            Ticks spent = before == null || !before.name.equals(thread.getValue().name)
                    ? thread.getValue().ticks
                    : thread.getValue().ticks.minus(before.ticks);
            byKind.merge(Kind.of(thread.getValue().name), spent, Ticks::plus);
            live = live.plus(spent);
        }
        Ticks ended = process.minus(start.process).minus(live);
        byKind.put(Kind.ENDED, new Ticks(Math.max(0, ended.user), Math.max(0, ended.kernel)));
        return Collections.unmodifiableMap(byKind);
    }

    private static Optional<Task> ticks(Path stat) {
        try {
            String line = Files.readString(stat);
            // The name is between the first '(' and the last ')', and may hold spaces and parentheses itself.
            String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            // Fields after the name: state is field 3, utime 14, stime 15.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new Task(name, new Ticks(Long.parseLong(fields[11]), Long.parseLong(fields[12]))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
