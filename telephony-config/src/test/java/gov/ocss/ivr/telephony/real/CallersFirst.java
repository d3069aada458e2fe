package gov.ocss.ivr.telephony.real;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Puts the callers' robots ahead of the line on this machine's CPUs. In the world the callers' phones
 * are elsewhere; here they share two cores with Asterisk, the phone server and its PostgreSQL, and in
 * a burst that fills the machine a robot that reads Asterisk's log seconds late presses a key after
 * the line has stopped waiting for it (3 s between the keys of an entry). That is a slow caller, made
 * by the test, not a fault of the line. Lowering the line's priority (nice) leaves the line all the
 * CPU the robots do not use.
 *
 * <p>One thread of Asterisk's is the robots' ears, not the line: its logger, which writes the log the
 * robots read. A person hears a prompt as it is played; left among Asterisk's thousand call threads at
 * the same low priority, the logger wrote the burst's log up to 3.9 s late (5 December), and robots
 * keyed after the line had stopped waiting. It runs ahead of everything instead: it only writes out
 * what the calls queued, so it takes little from them.
 */
final class CallersFirst {
    /** The line's niceness: well below the robots', so they run first whenever they have work. */
    private static final int LINE_NICENESS = 10;
    /** The logger's: ahead of the robots, which wait on what it writes. */
    private static final int EARS_NICENESS = -10;

    private CallersFirst() {
    }

    /**
     * Every thread of Asterisk and of the server (and of its child, PostgreSQL) runs at a lower priority
     * until closed, and so does every thread they start meanwhile; Asterisk's logger runs at a higher
     * one. Closing puts them all back level with the robots, where the other real-Asterisk tests expect
     * them (Asterisk plays a TDD's tones in real time); that takes root, as CI and the README's machine
     * have, and is only reported where refused.
     */
    static AutoCloseable lowerTheLine(ThrowawayAsterisk asterisk, long serverPid) throws IOException, InterruptedException {
        long[] pids = {asterisk.pid(), serverPid};
        renice(LINE_NICENESS, threadsOf(pids));
        OptionalLong ears = asterisk.loggerThread();
        if (ears.isPresent()) {
            renice(EARS_NICENESS, List.of(Long.toString(ears.getAsLong())));
        } else {
            System.out.println("Asterisk's logger thread is not in 'core show threads': it stays with the line");
        }
        return () -> renice(0, threadsOf(pids));
    }

    private static List<String> threadsOf(long... pids) {
        List<String> threads = new ArrayList<>();
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(process -> Stream.concat(Stream.of(process), process.descendants())
                    .forEach(each -> threads.addAll(threadsOf(each.pid()))));
        }
        return threads;
    }

    private static void renice(int niceness, List<String> threads) throws IOException, InterruptedException {
        if (threads.isEmpty()) {
            return;
        }
        // On Linux, nice is a thread's own: each thread of a process is set, and new ones inherit it.
        List<String> command = new ArrayList<>(List.of("renice", Integer.toString(niceness), "-p"));
        command.addAll(threads);
        Process renice = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(renice.getInputStream().readAllBytes());
        if (!renice.waitFor(30, TimeUnit.SECONDS) || renice.exitValue() != 0) {
            // A thread that ended meanwhile fails alone; the others are set.
            System.out.println("renice " + niceness + " of " + threads.size() + " threads: "
                    + output.lines().limit(3).toList());
        }
    }

    private static List<String> threadsOf(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.map(task -> task.getFileName().toString()).toList();
        } catch (IOException gone) {
            return List.of();
        }
    }
}
