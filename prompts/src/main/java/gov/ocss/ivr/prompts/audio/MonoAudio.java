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

    /**
     * Scaled down, if need be, so no sample goes past the given peak. Band-limiting can overshoot a
     * loud source's peaks by a few per cent; scaling the whole sound avoids clipping them.
     */
    MonoAudio withPeakAtMost(float limit) {
        float peak = peak();
        if (peak <= limit) {
            return this;
        }
        float gain = limit / peak;
        float[] scaled = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            scaled[i] = samples[i] * gain;
        }
        return new MonoAudio(scaled, sampleRate);
    }
}
