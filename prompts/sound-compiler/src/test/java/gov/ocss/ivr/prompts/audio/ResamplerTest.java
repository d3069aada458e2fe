package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ResamplerTest {

    @Test
    void espeakRateToTelephonyKeepsDurationPitchAndLevel() {
        MonoAudio tone = TestWavs.tone(1000, 2.0, 22050, 0.5);

        MonoAudio phone = Resampler.resample(tone, 8000);

        assertThat(phone.sampleRate()).isEqualTo(8000);
        assertThat(phone.length()).isEqualTo(16000);
        assertThat(amplitudeAt(phone, 1000)).isCloseTo(0.5, within(0.01));
        assertThat(amplitudeAt(phone, 1500)).isLessThan(0.001);
    }

    @Test
    void toneAboveTheNewNyquistFrequencyIsFilteredOutNotFoldedBack() {
        // Decimating a 6 kHz tone to 8 kHz without a low-pass would leave a 2 kHz whistle.
        MonoAudio tone = TestWavs.tone(6000, 1.0, 22050, 0.5);

        MonoAudio phone = Resampler.resample(tone, 8000);

        double db = 20 * Math.log10(amplitudeAt(phone, 2000) / 0.5);
        assertThat(db).isLessThan(-60);
    }

    @Test
    void speechBandPassesAtEveryCommonStudioRate() {
        for (int rate : new int[] {11025, 16000, 44100, 48000, 96000}) {
            MonoAudio phone = Resampler.resample(TestWavs.tone(3000, 1.0, rate, 0.5), 8000);

            assertThat(phone.length()).as("%d Hz", rate).isEqualTo(8000);
            assertThat(amplitudeAt(phone, 3000)).as("%d Hz", rate).isCloseTo(0.5, within(0.02));
        }
    }

    @Test
    void upsamplesAndLeavesTheTelephonyRateAlone() {
        MonoAudio slow = TestWavs.tone(500, 1.0, 6000, 0.5);
        assertThat(Resampler.resample(slow, 8000).length()).isEqualTo(8000);
        assertThat(amplitudeAt(Resampler.resample(slow, 8000), 500)).isCloseTo(0.5, within(0.01));

        MonoAudio phone = TestWavs.tone(500, 1.0, 8000, 0.5);
        assertThat(Resampler.resample(phone, 8000)).isSameAs(phone);
    }

    /** The amplitude of one frequency in the middle half of the audio (Goertzel), away from the edges' ramps. */
    static double amplitudeAt(MonoAudio audio, double hertz) {
        int from = audio.length() / 4;
        int to = 3 * audio.length() / 4;
        double omega = 2 * Math.PI * hertz / audio.sampleRate();
        double re = 0;
        double im = 0;
        for (int i = from; i < to; i++) {
            re += audio.sample(i) * Math.cos(omega * i);
            im += audio.sample(i) * Math.sin(omega * i);
        }
        return 2 * Math.hypot(re, im) / (to - from);
    }
}
