package gov.ocss.ivr.prompts.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Changes the sample rate of audio by band-limited interpolation: each output sample is a
 * weighted sum of the input samples around its instant, the weights a Kaiser-windowed sinc
 * low-pass. The low-pass cuts just below the lower rate's Nyquist frequency, so espeak-ng's
 * 22,050 Hz speech (which has energy up to 11 kHz) does not fold back into the 0-4 kHz band
 * of an 8 kHz file as hiss, as plain decimation or linear interpolation would let it.
 *
 * <p>Both rates are whole numbers, so the output instants fall on only {@code out / gcd(in, out)}
 * distinct offsets between input samples; the weights for each offset are computed once per pair
 * of rates and shared (immutable) across threads.
 */
public final class Resampler {

    /** Cut-off as a share of the lower Nyquist frequency: 0.9 of 4 kHz keeps the telephone band (to 3.4 kHz). */
    private static final double CUTOFF = 0.9;
    /** Zero crossings of the sinc kept on each side: with the window, more than 70 dB of stop-band rejection. */
    private static final int ZERO_CROSSINGS = 32;
    private static final double KAISER_BETA = 8.0;

    /** Changes to the filter must change this: it is part of every sound's staleness key. */
    public static final String DESCRIPTION = "kaiser-sinc cutoff=" + CUTOFF + " zc=" + ZERO_CROSSINGS + " beta=" + KAISER_BETA;

    private static final Map<Long, Filter> FILTERS = new ConcurrentHashMap<>();

    private Resampler() {
    }

    public static MonoAudio resample(MonoAudio in, int outRate) {
        if (outRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + outRate);
        }
        if (in.sampleRate() == outRate) {
            return in;
        }
        long pair = ((long) in.sampleRate() << 32) | outRate;
        return FILTERS.computeIfAbsent(pair, key -> new Filter(in.sampleRate(), outRate)).apply(in);
    }

    private static final class Filter {
        private final int up;
        private final int down;
        private final int outRate;
        /** Taps before the instant's left neighbour; weights[phase] covers input samples base-reach+1 .. base+reach. */
        private final int reach;
        private final float[][] weights;

        Filter(int inRate, int outRate) {
            int gcd = gcd(inRate, outRate);
            this.up = outRate / gcd;
            this.down = inRate / gcd;
            this.outRate = outRate;
            // The cut-off in cycles per input sample; the kernel's width follows from it, so it spans
            // the same number of zero crossings whether the rate goes down or up.
            double cutoff = CUTOFF * 0.5 * Math.min(inRate, outRate) / inRate;
            double halfWidth = ZERO_CROSSINGS / (2 * cutoff);
            this.reach = (int) Math.ceil(halfWidth) + 1;
            this.weights = new float[up][2 * reach];
            for (int phase = 0; phase < up; phase++) {
                double fraction = phase / (double) up;
                double sum = 0;
                double[] row = new double[2 * reach];
                for (int tap = 0; tap < row.length; tap++) {
                    double distance = (tap - reach + 1) - fraction;
                    row[tap] = sinc(2 * cutoff * distance) * kaiser(distance / halfWidth);
                    sum += row[tap];
                }
                // Each offset passes a steady level unchanged: no ripple at the output's rate.
                for (int tap = 0; tap < row.length; tap++) {
                    weights[phase][tap] = (float) (row[tap] / sum);
                }
            }
        }

        MonoAudio apply(MonoAudio in) {
            int inLength = in.length();
            int outLength = (int) ((inLength * (long) up + down - 1) / down);
            float[] out = new float[outLength];
            for (int n = 0; n < outLength; n++) {
                long position = n * (long) down;
                int base = (int) (position / up);
                float[] row = weights[(int) (position % up)];
                int first = base - reach + 1;
                double sum = 0;
                int from = Math.max(0, -first);
                int to = Math.min(row.length, inLength - first);
                for (int tap = from; tap < to; tap++) {
                    sum += row[tap] * in.sample(first + tap);
                }
                out[n] = (float) sum;
            }
            return new MonoAudio(out, outRate);
        }

        private static double sinc(double x) {
            return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        }

        private static double kaiser(double x) {
            if (Math.abs(x) >= 1) {
                return 0;
            }
            return besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / besselI0(KAISER_BETA);
        }

        /** The modified Bessel function of order zero, by its power series (converges fast for beta ~ 8). */
        private static double besselI0(double x) {
            double sum = 1;
            double term = 1;
            double quarterSquare = x * x / 4;
            for (int k = 1; k < 50 && term > 1e-12 * sum; k++) {
                term *= quarterSquare / (k * (double) k);
                sum += term;
            }
            return sum;
        }

        private static int gcd(int a, int b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }
}
