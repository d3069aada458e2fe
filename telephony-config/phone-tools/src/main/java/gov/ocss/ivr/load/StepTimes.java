package gov.ocss.ivr.load;

import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The server's turnaround of every AGI step of every call in a run, kept whole (a few hundred
 * thousand numbers) so the percentiles are exact rather than bucketed.
 */
final class StepTimes {
    private final Queue<long[]> calls = new ConcurrentLinkedQueue<>();
    private long[] sorted;

    void add(long[] turnaroundNanos) {
        calls.add(turnaroundNanos);
        sorted = null;
    }

    long count() {
        return sorted().length;
    }

    /** The {@code p}-th percentile (0 to 100) in microseconds, by the nearest-rank method. */
    double percentileMicros(double p) {
        long[] all = sorted();
        if (all.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * all.length);
        return all[Math.max(0, Math.min(all.length - 1, rank - 1))] / 1_000.0;
    }

    double maxMicros() {
        long[] all = sorted();
        return all.length == 0 ? Double.NaN : all[all.length - 1] / 1_000.0;
    }

    double meanMicros() {
        long[] all = sorted();
        return all.length == 0 ? Double.NaN : Arrays.stream(all).average().orElse(0) / 1_000.0;
    }

    private synchronized long[] sorted() {
        if (sorted == null) {
            long[] all = calls.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            sorted = all;
        }
        return sorted;
    }
}
