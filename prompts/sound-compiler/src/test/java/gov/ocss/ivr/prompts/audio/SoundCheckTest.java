package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Files.delete(out.resolve("sq/ocss/greeting.wav"));

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

    @Test
    void aPauseTheInventoryDeclaresMayBeSilentAndNoOtherFileMay() throws Exception {
        Inventory withPause = INVENTORY.with(Pause.COMMA.in(Language.ENGLISH));
        writeAllGood();
        Path pause = TestWavs.write(out.resolve("en/ocss/pause/medium.wav"), WavFile.encode(new MonoAudio(new float[960], 8000)));

        assertThat(SoundCheck.check(withPause, out)).isEmpty();

        // The same silence under the name of a sound that should speak.
        Files.copy(pause, out.resolve("sq/ocss/greeting.wav"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(SoundCheck.check(withPause, out)).containsExactly(
                "sq/ocss/greeting: silent (" + out.resolve("sq/ocss/greeting.wav") + ")");
    }

    @Test
    void aPauseWithSoundInItIsReported() throws Exception {
        Inventory withPause = INVENTORY.with(Pause.SENTENCE.in(Language.BENGALI));
        writeAllGood();
        TestWavs.write(out.resolve("bn/ocss/pause/long.wav"), WavFile.encode(atLevel(SpeechLevel.TARGET_DBOV)));

        assertThat(SoundCheck.check(withPause, out)).containsExactly(
                "bn/ocss/pause/long: a pause with sound in it (" + out.resolve("bn/ocss/pause/long.wav") + ")");
    }

    @Test
    void speechOffTheLinesLevelByMoreThanOneDecibelFails() throws Exception {
        writeAllGood();
        TestWavs.write(out.resolve("en/ocss/greeting.wav"), WavFile.encode(atLevel(-26)));
        TestWavs.write(out.resolve("bn/ocss/greeting.wav"), WavFile.encode(atLevel(-17.5)));
        // Within a decibel: a difference a caller does not hear between two pieces.
        TestWavs.write(out.resolve("sq/ocss/greeting.wav"), WavFile.encode(atLevel(-20.8)));

        // The meter reads a short steady tone a few tenths of a dB loud: its start is not held as speech.
        assertThat(SoundCheck.check(INVENTORY, out)).satisfiesExactly(
                en -> assertThat(en).matches("en/ocss/greeting: speech level -25\\.[6-9] dBov, 5\\.[6-9] dB below the -20 dBov"
                        + " the line plays at \\(.*/en/ocss/greeting.wav\\)"),
                bn -> assertThat(bn).matches("bn/ocss/greeting: speech level -17\\.[2-5] dBov, 2\\.[5-8] dB above the -20 dBov"
                        + " the line plays at \\(.*/bn/ocss/greeting.wav\\)"));
    }

    @Test
    void tonesThatAreNotSpeechAreCheckedOnlyForLayoutAndSound() throws Exception {
        // What the TTY line's Baudot tone files are checked with: their level is the modem's, not speech's.
        Path tones = TestWavs.write(out.resolve("en/ocss/tdd/sk.wav"), WavFile.encode(TestWavs.tone(1400, 0.5, 8000, 0.5)));

        assertThat(SoundCheck.problemsOf(tones)).isEmpty();
    }

    private void writeAllGood() throws Exception {
        for (Sound sound : INVENTORY.sounds()) {
            TestWavs.write(SoundId.of(sound).fileIn(out), WavFile.encode(atLevel(SpeechLevel.TARGET_DBOV)));
        }
    }

    /** Half a second of a 440 Hz tone whose active level is {@code dbov}: a sine's RMS is its amplitude over the square root of 2. */
    private static MonoAudio atLevel(double dbov) {
        return TestWavs.tone(440, 0.5, 8000, Math.sqrt(2) * Math.pow(10, dbov / 20));
    }
}
