package gov.ocss.ivr.load;

import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one level of the tones benchmark saw, from every thread at once: how its calls ended, the
 * server's reply to each of our frames, and how late our own frames went out. Percentiles are taken
 * over the steady part only (the window, when every call of the level is up), counts over it too
 * unless they say otherwise.
 */
final class TonesLevel {
    final int calls;
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    /** From our frame's write to the server's answering frame read, in the window. */
    final MicrosHistogram reply = new MicrosHistogram();
    /** How long after its slot on the steady clock each of our frames went out, in the window. */
    final MicrosHistogram lateness = new MicrosHistogram();
    /** From each call's AGI connection to the case-number question's GA: how long the script took to read. */
    private final Queue<Long> scriptReadNanos = new ConcurrentLinkedQueue<>();
    final AtomicLong framesSent = new AtomicLong();
    final AtomicLong framesAnswered = new AtomicLong();
    final AtomicLong framesSentInWindow = new AtomicLong();
    /** Our frames the server had not answered 20 ms or more after we sent them, when the caller hung up. */
    final AtomicLong missingAtHangUp = new AtomicLong();
    /** Frames of the server's beyond one for each of ours. */
    final AtomicLong unasked = new AtomicLong();
    final AtomicInteger completed = new AtomicInteger();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, String> firstOfEach = new ConcurrentHashMap<>();

    TonesLevel(int calls) {
        this.calls = calls;
    }

    void window(long start, long end) {
        windowStart = start;
        windowEnd = end;
    }

    long windowNanos() {
        return windowEnd - windowStart;
    }

    private boolean inWindow(long at) {
        return at >= windowStart && at < windowEnd;
    }

    void sent(long due, long at) {
        framesSent.incrementAndGet();
        if (inWindow(at)) {
            framesSentInWindow.incrementAndGet();
            lateness.add(at - due);
        }
    }

    void answered(long sentAt, long at) {
        framesAnswered.incrementAndGet();
        if (inWindow(sentAt)) {
            reply.add(at - sentAt);
        }
    }

    void scriptRead(long nanos) {
        scriptReadNanos.add(nanos);
    }

    /** The {@code p}-th percentile (0 to 100, nearest rank) of how long the script took to read, in seconds. */
    double scriptReadSeconds(double p) {
        long[] all = scriptReadNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (all.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * all.length);
        return all[Math.max(0, Math.min(all.length - 1, rank - 1))] / 1e9;
    }

    /** A failed call: {@code kind} names what went wrong (counted), {@code detail} the first call's particulars. */
    void failed(String kind, String detail) {
        failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        firstOfEach.putIfAbsent(kind, detail);
    }

    int failedCalls() {
        return failures.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Each kind of failure with its count and the first one's particulars. */
    Map<String, String> failureSummary() {
        Map<String, String> summary = new TreeMap<>();
        failures.forEach((kind, count) -> summary.put(kind, count.get() + " (first: " + firstOfEach.get(kind) + ")"));
        return summary;
    }
}
