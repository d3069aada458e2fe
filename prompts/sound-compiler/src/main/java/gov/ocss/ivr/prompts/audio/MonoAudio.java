package gov.ocss.ivr.prompts.audio;

import java.util.Arrays;

/**
 * One channel of sound as floating-point samples in [-1, 1] at a sample rate: what every source
 * (FreeTTS, espeak-ng, a studio recording) is turned into before it is resampled and written.
 * Floats keep a 24-bit studio recording's precision until the single rounding to 16 bits.
 */
public final class MonoAudio {

    /** Below this peak (about -50 dBFS) a file holds no speech a caller could hear. */
    static final float SILENCE_PEAK = 100f / 32768f;

    private final float[] samples;
    private final int sampleRate;

    /** Takes the array without copying: whoever made it hands it over. */
    MonoAudio(float[] samples, int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        this.samples = samples;
        this.sampleRate = sampleRate;
    }

    /** 16-bit signed samples, as FreeTTS and WAV files hold them (and the Baudot modem makes). */
    public static MonoAudio fromPcm16(short[] pcm, int sampleRate) {
        float[] samples = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            samples[i] = pcm[i] / 32768f;
        }
        return new MonoAudio(samples, sampleRate);
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int length() {
        return samples.length;
    }

    float sample(int index) {
        return samples[index];
    }

    /** The samples rounded to 16 bits, clipped at full scale. */
    public short[] toPcm16() {
        short[] pcm = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            long value = Math.round(samples[i] * 32768.0);
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value));
        }
        return pcm;
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    public float peak() {
        float peak = 0;
        for (float sample : samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }

    public boolean isSilent() {
        return peak() < SILENCE_PEAK;
    }

    /**
     * The audio with the quiet before the first and after the last audible sample cut down to the
     * margins given. Synthesisers pad each text differently (FreeTTS ~0.2 s before, espeak-ng
     * ~0.35 s after); sound files played one after another ("one hundred" "thirty" "dollars")
     * need the same short gaps whichever engine made them.
     */
    MonoAudio trimmed(float threshold, int leadMillis, int trailMillis) {
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < threshold) {
            first++;
        }
        if (first == samples.length) {
            return this;
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) < threshold) {
            last--;
        }
        int from = Math.max(0, first - leadMillis * sampleRate / 1000);
        int to = Math.min(samples.length, last + 1 + trailMillis * sampleRate / 1000);
        return new MonoAudio(Arrays.copyOfRange(samples, from, to), sampleRate);
    }

    /** Digital silence: the samples of a pause. */
    static MonoAudio silence(int millis, int sampleRate) {
        return new MonoAudio(new float[(int) ((long) millis * sampleRate / 1000)], sampleRate);
    }

    /** Every sample times {@code gain}. */
    MonoAudio scaled(double gain) {
        float[] scaled = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            scaled[i] = (float) (samples[i] * gain);
        }
        return new MonoAudio(scaled, sampleRate);
    }

    /**
     * The loudest moments turned down until no sample passes {@code limit}, the rest untouched.
     * Band-limiting can overshoot a loud source's peaks, and a quiet voice brought up to the speech
     * level can reach full scale on a plosive; scaling the whole sound down instead would undo the level
     * for the sake of a few milliseconds. The gain dips over {@code rampMillis} either side of a peak
     * rather than sample by sample, which would clip it in all but name: the needed gain is taken as
     * the lowest within the ramp around each sample, then averaged over the ramp, so it is never
     * above what any sample needs and changes smoothly.
     */
    MonoAudio withPeaksLimited(float limit, int rampMillis) {
        if (peak() <= limit) {
            return this;
        }
        int ramp = Math.max(1, rampMillis * sampleRate / 1000);
        double[] needed = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            float magnitude = Math.abs(samples[i]);
            needed[i] = magnitude > limit ? limit / magnitude : 1;
        }
        double[] lowest = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            double min = 1;
            for (int k = Math.max(0, i - ramp); k <= Math.min(samples.length - 1, i + ramp); k++) {
                min = Math.min(min, needed[k]);
            }
            lowest[i] = min;
        }
        float[] limited = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            double sum = 0;
            int from = Math.max(0, i - ramp);
            int to = Math.min(samples.length - 1, i + ramp);
            for (int k = from; k <= to; k++) {
                sum += lowest[k];
            }
            // Near the ends the window is cut short; its average is still of values below what sample i needs.
            limited[i] = (float) (samples[i] * Math.min(sum / (to - from + 1), needed[i]));
        }
        return new MonoAudio(limited, sampleRate);
    }

    /**
     * A raised-cosine fade in over the first and out over the last {@code millis}. A file that starts
     * or stops mid-wave makes the loudspeaker jump to the first sample: a click at every join of a
     * sentence played file by file. A few milliseconds are too short to hear as a fade.
     */
    MonoAudio withFades(int millis) {
        int length = Math.min(samples.length / 2, millis * sampleRate / 1000);
        float[] faded = Arrays.copyOf(samples, samples.length);
        for (int i = 0; i < length; i++) {
            float gain = (float) (0.5 - 0.5 * Math.cos(Math.PI * i / length));
            faded[i] *= gain;
            faded[samples.length - 1 - i] *= gain;
        }
        return new MonoAudio(faded, sampleRate);
    }
}
