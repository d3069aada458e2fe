package gov.ocss.ivr.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Watches one process through Linux's {@code /proc} while a run goes on: its CPU time (also by the kind
 * of thread that spent it, {@link ThreadTimes}), its resident memory and its thread count (the peaks,
 * sampled twice a second), and how busy the whole machine was, since the load tool and PostgreSQL
 * share the same two cores.
 */
final class ProcessWatch implements AutoCloseable {
    private final long pid;
    private final Thread sampler;
    private final ThreadTimes startTimes;
    private final long[] startMachine;
    private final long startNanos;
    private volatile long peakRssKb;
    private volatile int peakThreads;
    private volatile boolean running = true;
    private ThreadTimes endTimes;
    private long[] endMachine;
    private long endNanos;

    private ProcessWatch(long pid) {
        this.pid = pid;
        this.startTimes = ThreadTimes.read(pid);
        this.startMachine = machineTicks();
        this.startNanos = System.nanoTime();
        sample();
        this.sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "process-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static ProcessWatch start(long pid) {
        return new ProcessWatch(pid);
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        sample();
        running = false;
        sampler.interrupt();
        endTimes = ThreadTimes.read(pid);
        endMachine = machineTicks();
        endNanos = System.nanoTime();
    }

    Usage usage() {
        close();
        double seconds = (endNanos - startNanos) / 1e9;
        long busy = endMachine[0] - startMachine[0];
        long all = endMachine[1] - startMachine[1];
        return new Usage(endTimes.process().minus(startTimes.process()).seconds(), seconds, peakRssKb, peakThreads,
                all == 0 ? 0 : 100.0 * busy / all, endTimes.since(startTimes));
    }

    /**
     * @param cpuSeconds        the process's user and system CPU time during the run
     * @param wallSeconds       how long the run took
     * @param peakRssKb         its largest resident set
     * @param peakThreads       its most threads at once
     * @param machineBusyPercent how busy all the machine's cores were, on average
     * @param byThread          the CPU time by the kind of thread that spent it
     */
    record Usage(double cpuSeconds, double wallSeconds, long peakRssKb, int peakThreads, double machineBusyPercent,
                 Map<ThreadTimes.Kind, ThreadTimes.Ticks> byThread) {
        double cpuPercentOfOneCore() {
            return wallSeconds == 0 ? 0 : 100 * cpuSeconds / wallSeconds;
        }
    }

    private void sample() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("[^0-9]", "")));
                } else if (line.startsWith("Threads:")) {
                    peakThreads = Math.max(peakThreads, Integer.parseInt(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended; the peaks so far stand.
        }
    }

    /** {busy, all} ticks of every core since boot, from the first line of {@code /proc/stat}. */
    private static long[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {all - idle, all};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
