package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The level a caller hears speech at, whatever silence the file holds around and between the words. */
class SpeechLevelTest {

    @Test
    void aSteadySoundIsAsLoudAsItsRms() {
        // A sine's RMS is its amplitude over the square root of 2: 0.1 is -23.0 dBov.
        assertThat(SpeechLevel.of(TestWavs.tone(440, 1.0, 8000, 0.1))).isCloseTo(-23.0, within(0.1));
    }

    @Test
    void theSilenceAroundTheWordsDoesNotMakeThemQuieter() {
        // The meter holds on for 200 ms after a sound, as speakers' short pauses belong to their speech;
        // the quiet beyond that, before or after, is not counted at all.
        MonoAudio word = TestWavs.tone(300, 0.4, 8000, 0.1);
        MonoAudio held = joined(word, silence(0.5));
        MonoAudio padded = joined(silence(1.0), word, silence(3.0));

        assertThat(SpeechLevel.of(padded)).isCloseTo(SpeechLevel.of(held), within(0.1));
        // A plain RMS over the file would call the padded one 7 dB quieter.
        assertThat(rms(padded)).isLessThan(rms(held) - 6);
    }

    @Test
    void twiceTheAmplitudeIsSixDecibelsLouder() {
        MonoAudio quiet = joined(TestWavs.tone(300, 0.3, 8000, 0.04), silence(0.3), TestWavs.tone(500, 0.5, 8000, 0.02));

        assertThat(SpeechLevel.of(quiet.scaled(2)) - SpeechLevel.of(quiet)).isCloseTo(6.02, within(0.1));
    }

    @Test
    void silenceHasNoLevel() {
        assertThat(SpeechLevel.of(silence(1.0))).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void normalisingBringsAnyLevelToTheTargetAndKeepsThePeaksUnderTheLimit() {
        for (double amplitude : new double[] {0.005, 0.05, 0.9}) {
            MonoAudio speech = joined(TestWavs.tone(250, 0.3, 8000, amplitude), silence(0.1),
                    TestWavs.tone(700, 0.2, 8000, amplitude / 3));

            MonoAudio levelled = SpeechLevel.normalised(speech, 0.97f, 2);

            assertThat(SpeechLevel.of(levelled)).as("amplitude %s", amplitude).isCloseTo(SpeechLevel.TARGET_DBOV, within(0.05));
            assertThat(levelled.peak()).isLessThanOrEqualTo(0.97f);
        }
    }

    private static MonoAudio silence(double seconds) {
        return MonoAudio.silence((int) (seconds * 1000), 8000);
    }

    private static MonoAudio joined(MonoAudio... parts) {
        int length = 0;
        for (MonoAudio part : parts) {
            length += part.length();
        }
        float[] samples = new float[length];
        int at = 0;
        for (MonoAudio part : parts) {
            for (int i = 0; i < part.length(); i++) {
                samples[at++] = part.sample(i);
            }
        }
        return new MonoAudio(samples, 8000);
    }

    private static double rms(MonoAudio audio) {
        double sum = 0;
        for (int i = 0; i < audio.length(); i++) {
            sum += audio.sample(i) * audio.sample(i);
        }
        return 10 * Math.log10(sum / audio.length());
    }
}
