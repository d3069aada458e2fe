package gov.ocss.ivr.prompts.audio;

import java.util.Arrays;

/**
 * How loud speech is while it is being spoken: the active speech level of ITU-T P.56 (method B),
 * in dB relative to full scale (dBov: a full-scale square wave is 0 dBov, a full-scale sine -3 dBov).
 *
 * <p>A plain RMS over the whole file counts its silences: a word with 30 ms of quiet at its edges and
 * a sentence with pauses inside would measure quieter than they sound. Here the level is the RMS over
 * the samples where someone is speaking: where a smoothed envelope of the signal (30 ms time constant,
 * held for 200 ms so the gaps between syllables count as speech) is above a threshold; the threshold
 * is the one that sits 15.9 dB below the level it yields, found among thresholds a factor 2 apart and
 * interpolated between the two around it.
 *
 * <p>This follows the standard's description of the method, not its reference code, and has not been
 * compared with a certified meter: it is a consistent yardstick for our own files, which is what
 * keeping them at one level needs.
 */
public final class SpeechLevel {

    /**
     * The level every synthesised sound and studio recording is brought to. -20 dBov is loud for
     * speech test material (ITU-T test speech is usually set to -26 dBov) because a prompt competes
     * with a mobile caller's street, yet leaves the 15 to 20 dB that speech peaks rise above their
     * active level before the peak limit; it is close to where the voices already were (BENCHMARKS.md,
     * "Voice prompts: pauses and levels"), so the gains are small.
     */
    public static final double TARGET_DBOV = -20.0;
    /** How far a sound may be from the target before {@link SoundCheck} fails it: about a just-noticeable step. */
    public static final double TOLERANCE_DB = 1.0;

    private static final double TIME_CONSTANT_SECONDS = 0.03;
    private static final double HANGOVER_SECONDS = 0.2;
    private static final double MARGIN_DB = 15.9;
    /** Thresholds from 2^-15 (-90 dB, the last bit of a 16-bit sample) to full scale, a factor 2 apart. */
    private static final int THRESHOLDS = 16;

    private SpeechLevel() {
    }

    /**
     * The audio at the target level, its loudest peaks limited to {@code peakLimit}. Limiting lowers
     * the level a little, and the meter's thresholds make it not quite proportional to a gain, so
     * the gain is corrected from the level measured on the result, twice at most: within 0.05 dB is
     * far inside the tolerance.
     */
    static MonoAudio normalised(MonoAudio audio, float peakLimit, int limiterRampMillis) {
        double gainDb = TARGET_DBOV - of(audio);
        MonoAudio result = audio;
        for (int attempt = 0; attempt < 3; attempt++) {
            result = audio.scaled(Math.pow(10, gainDb / 20)).withPeaksLimited(peakLimit, limiterRampMillis);
            double error = TARGET_DBOV - of(result);
            if (Math.abs(error) < 0.05) {
                break;
            }
            gainDb += error;
        }
        return result;
    }

    /** The active speech level in dBov; negative infinity for silence. */
    public static double of(MonoAudio audio) {
        double[] thresholds = new double[THRESHOLDS];
        for (int j = 0; j < THRESHOLDS; j++) {
            thresholds[j] = Math.pow(2, j - (THRESHOLDS - 1));
        }
        long[] active = new long[THRESHOLDS];
        long hangover = Math.round(HANGOVER_SECONDS * audio.sampleRate());
        // Nothing to hold on to before the first sound: the quiet a file starts with is not speech.
        long[] held = new long[THRESHOLDS];
        Arrays.fill(held, hangover);
        double g = Math.exp(-1 / (TIME_CONSTANT_SECONDS * audio.sampleRate()));
        double p = 0;
        double q = 0;
        double energy = 0;
        for (int i = 0; i < audio.length(); i++) {
            double x = audio.sample(i);
            energy += x * x;
            p = g * p + (1 - g) * Math.abs(x);
            q = g * q + (1 - g) * p;
            for (int j = 0; j < THRESHOLDS; j++) {
                if (q >= thresholds[j]) {
                    active[j]++;
                    held[j] = 0;
                } else if (held[j] < hangover) {
                    active[j]++;
                    held[j]++;
                }
            }
        }
        if (energy == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // The level measured above threshold j falls less fast than the threshold rises: find where
        // the level is just the margin above its threshold.
        double previousLevel = Double.NaN;
        double previousExcess = Double.NaN;
        for (int j = 0; j < THRESHOLDS; j++) {
            if (active[j] == 0) {
                break;
            }
            double level = 10 * Math.log10(energy / active[j]);
            double excess = level - 20 * Math.log10(thresholds[j]);
            if (excess <= MARGIN_DB) {
                if (Double.isNaN(previousLevel)) {
                    return level;
                }
                double fraction = (previousExcess - MARGIN_DB) / (previousExcess - excess);
                return previousLevel + fraction * (level - previousLevel);
            }
            previousLevel = level;
            previousExcess = excess;
        }
        // Never within the margin (a sound shorter than the envelope's rise): the level above the last threshold reached.
        return Double.isNaN(previousLevel) ? 10 * Math.log10(energy / audio.length()) : previousLevel;
    }
}
