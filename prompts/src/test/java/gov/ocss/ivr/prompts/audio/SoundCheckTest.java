package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Sound;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundCheckTest {

    private static final Inventory INVENTORY = Inventory.of(
            new Sound(Language.ENGLISH, "ocss/greeting", "Welcome."),
            new Sound(Language.BENGALI, "ocss/greeting", "স্বাগতম।"),
            new Sound(Language.ALBANIAN, "ocss/greeting", "Mirë se vini."));

    @TempDir
    Path out;

    @Test
    void goodFilesForEverySoundPass() throws Exception {
        writeAllGood();

        assertThat(SoundCheck.check(INVENTORY, out)).isEmpty();
    }

    @Test
    void reportsAMissingFile() throws Exception {
        writeAllGood();
        java.nio.file.Files.delete(out.resolve("sq/ocss/greeting.wav"));

        assertThat(SoundCheck.check(INVENTORY, out)).containsExactly(
                "sq/ocss/greeting: missing (" + out.resolve("sq/ocss/greeting.wav") + ")");
    }

    @Test
    void reportsAWaveFormatExtensibleFileAsteriskWouldRefuse() throws Exception {
        writeAllGood();
        // What sox writes by default: the same 8 kHz 16-bit mono samples, under an extensible header.
        TestWavs.write(out.resolve("bn/ocss/greeting.wav"), TestWavs.pcm(TestWavs.tone(440, 0.5, 8000, 0.5), 1, 16, true));

        assertThat(SoundCheck.check(INVENTORY, out)).singleElement().asString()
                .startsWith("bn/ocss/greeting: format tag 65534 (WAVE_FORMAT_EXTENSIBLE), Asterisk needs 1 (plain PCM)");
    }

    @Test
    void reportsWrongRateDepthAndChannels() throws Exception {
        writeAllGood();
        TestWavs.write(out.resolve("en/ocss/greeting.wav"), TestWavs.pcm(TestWavs.tone(440, 0.5, 22050, 0.5), 2, 8, false));

        assertThat(SoundCheck.check(INVENTORY, out)).singleElement().asString()
                .contains("22050 Hz, needs 8000 Hz").contains("8-bit, needs 16-bit").contains("2 channels, needs mono");
    }

    @Test
    void reportsSilentEmptyAndNonWavFiles() throws Exception {
        writeAllGood();
        TestWavs.write(out.resolve("en/ocss/greeting.wav"), WavFile.encode(new MonoAudio(new float[4000], 8000)));
        TestWavs.write(out.resolve("bn/ocss/greeting.wav"), WavFile.encode(new MonoAudio(new float[0], 8000)));
        TestWavs.write(out.resolve("sq/ocss/greeting.wav"), new byte[0]);

        assertThat(SoundCheck.check(INVENTORY, out)).containsExactly(
                "en/ocss/greeting: silent (" + out.resolve("en/ocss/greeting.wav") + ")",
                "bn/ocss/greeting: no samples (" + out.resolve("bn/ocss/greeting.wav") + ")",
                "sq/ocss/greeting: not a WAV file (no RIFF/WAVE header) (" + out.resolve("sq/ocss/greeting.wav") + ")");
    }

    private void writeAllGood() throws Exception {
        for (Sound sound : INVENTORY.sounds()) {
            TestWavs.write(SoundId.of(sound).fileIn(out), WavFile.encode(TestWavs.tone(440, 0.5, 8000, 0.5)));
        }
    }
}
