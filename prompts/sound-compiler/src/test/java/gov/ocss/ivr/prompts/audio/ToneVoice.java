package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in synthesiser for tests of the compiler's bookkeeping: a tone a tenth of a second per character. */
final class ToneVoice implements Voice {

    private final int rate;
    private final double amplitude;
    private volatile String settings = "tone v1";
    final AtomicInteger spoken = new AtomicInteger();

    ToneVoice(int rate) {
        this(rate, 0.3);
    }

    /** A voice as loud as a tone of this amplitude: FreeTTS and espeak-ng speak at levels 3 dB apart. */
    ToneVoice(int rate, double amplitude) {
        this.rate = rate;
        this.amplitude = amplitude;
    }

    static Voices everywhere() {
        return new Voices(Map.of(Language.ENGLISH, new ToneVoice(8000), Language.BENGALI, new ToneVoice(22050),
                Language.ALBANIAN, new ToneVoice(22050)));
    }

    void changeSettings(String newSettings) {
        settings = newSettings;
    }

    @Override
    public SoundSource source() {
        return SoundSource.ESPEAK_NG;
    }

    @Override
    public String settings() {
        return settings;
    }

    @Override
    public MonoAudio speak(String text) {
        spoken.incrementAndGet();
        return TestWavs.tone(300 + text.length(), 0.1 * text.length(), rate, amplitude);
    }
}
