package gov.ocss.ivr.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Durations from a few threads at once, too many to keep whole (50 a second for every call): counted
 * in buckets 10 µs wide up to 1 ms, 0.1 ms wide up to 100 ms and 10 ms wide up to 10 s. A percentile
 * is the upper edge of the bucket that holds it; the largest value is kept exactly.
 */
final class MicrosHistogram {
    private static final int FINE = 100;
    private static final int MEDIUM = 990;
    private static final int COARSE = 990;
    private static final int OVERFLOW = FINE + MEDIUM + COARSE;

    private final AtomicLongArray buckets = new AtomicLongArray(OVERFLOW + 1);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    void add(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        buckets.incrementAndGet(bucket(micros));
        count.incrementAndGet();
        max.accumulateAndGet(micros, Math::max);
    }

    long count() {
        return count.get();
    }

    /** How many were more than {@code millis}, to the bucket: one less than a bucket over is not counted. */
    long over(double millis) {
        int from = bucket((long) (millis * 1_000));
        long n = 0;
        for (int b = from + 1; b <= OVERFLOW; b++) {
            n += buckets.get(b);
        }
        return n;
    }

    /**
     * The {@code p}-th percentile (0 to 100) in milliseconds, by the nearest rank; NaN when empty,
     * infinite when it is over 10 s (past the last bucket: somewhere between 10 s and the largest).
     */
    double percentileMillis(double p) {
        long total = count.get();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p / 100 * total));
        long seen = 0;
        for (int b = 0; b <= OVERFLOW; b++) {
            seen += buckets.get(b);
            if (seen >= rank) {
                return b == OVERFLOW ? Double.POSITIVE_INFINITY : Math.min(upperEdgeMicros(b), max.get()) / 1_000.0;
            }
        }
        return maxMillis();
    }

    double maxMillis() {
        return count.get() == 0 ? Double.NaN : max.get() / 1_000.0;
    }

    private static int bucket(long micros) {
        if (micros < 1_000) {
            return (int) (micros / 10);
        }
        if (micros < 100_000) {
            return FINE + (int) ((micros - 1_000) / 100);
        }
        if (micros < 10_000_000) {
            return FINE + MEDIUM + (int) ((micros - 100_000) / 10_000);
        }
        return OVERFLOW;
    }

    private static long upperEdgeMicros(int bucket) {
        if (bucket < FINE) {
            return (bucket + 1) * 10L;
        }
        if (bucket < FINE + MEDIUM) {
            return 1_000 + (bucket - FINE + 1) * 100L;
        }
        return 100_000 + (bucket - FINE - MEDIUM + 1) * 10_000L;
    }
}
