package gov.ocss.ivr.demo;

import java.util.List;

/**
 * The seeded source of every demo choice (SplitMix64). Written out here rather than taken from
 * {@code java.util.SplittableRandom} because the README quotes demo figures: they must not change
 * when the JDK's generator does.
 */
final class DemoRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private DemoRandom(long state) {
        this.state = state;
    }

    /** An independent stream for one purpose, e.g. {@code streamFor(seed, BLOCK, blockIndex)}. */
    static DemoRandom streamFor(long... keys) {
        long state = 0x6A09E667F3BCC909L;
        for (long key : keys) {
            state = mix(state ^ mix(key + GOLDEN_GAMMA));
        }
        return new DemoRandom(state);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in {@code [low, high]}, both included. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    /** {@code count} random decimal digits, leading zeros included. */
    String digits(int count) {
        char[] digits = new char[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + nextInt(10));
        }
        return new String(digits);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** One of {@code items}, each as likely as its weight. */
    <T> T weighted(List<T> items, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("weights do not cover the items");
    }
}
