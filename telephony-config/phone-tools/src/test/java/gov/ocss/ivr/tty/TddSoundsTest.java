package gov.ocss.ivr.tty;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.audio.SoundCheck;
import gov.ocss.ivr.prompts.audio.WavFile;
import gov.ocss.ivr.prompts.voice.Sound;
import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.tty.TddSounds.Report;
import gov.ocss.ivr.tty.TddSounds.TddSound;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TTY line's failover sentences as Baudot tone files: what they carry, and how they are kept up to date. */
class TddSoundsTest {
    private static final List<TddSound> SOUNDS = TddSounds.standard();

    @TempDir
    Path out;

    @Test
    void theServersApologyAndEverySentenceOnlyTheDialplanSaysInEveryLanguageAndTheSignOff() {
        for (Language language : Language.values()) {
            assertThat(SOUNDS).filteredOn(sound -> sound.language() == language).extracting(TddSound::name)
                    .contains("ocss/tdd/call-system_unavailable", "ocss/tdd/dialplan-agents_busy",
                            "ocss/tdd/dialplan-agents_closed", "ocss/tdd/dialplan-unavailable_closed");
        }
        assertThat(SOUNDS).filteredOn(sound -> sound.name().equals("ocss/tdd/sk")).singleElement()
                .satisfies(sk -> assertThat(sk.played()).isEqualTo("en/ocss/tdd/sk"));
        assertThat(SOUNDS).extracting(TddSound::played).doesNotHaveDuplicates();
    }

    @Test
    void everyCharacterOfEveryTextIsOneATddPrintsSoNoneIsLeftOut() {
        for (TddSound sound : SOUNDS) {
            assertThat(sound.text()).as(sound.played()).isNotBlank();
            for (char c : sound.text().toCharArray()) {
                assertThat(BaudotCode.of(c)).as("%s: '%s' in %s", sound.played(), c, sound.text()).isPresent();
            }
        }
    }

    @Test
    void eachFileIsAnAsteriskSoundThatATddReadsAsItsTextOnALineOfItsOwn() throws Exception {
        TddSounds.render(out);
        for (TddSound sound : SOUNDS) {
            Path file = sound.fileIn(out);
            assertThat(SoundCheck.problemsOf(file)).as(sound.played()).isEmpty();
            short[] samples = WavFile.read(file).toMono().toPcm16();
            // The receiver drops carriage returns, as a TDD's display does; the line feed stays.
            assertThat(BaudotModemTest.receive(samples)).as(sound.played()).isEqualTo(sound.text() + "\n");
            // The carrier first: a TDD hears the mark tone before the first start bit.
            assertThat(dominantHz(samples, 0, 1000)).as(sound.played()).isEqualTo(1400);
        }
    }

    @Test
    void aSecondRunChangesNothingAndWhatItNoLongerMakesIsRemovedFromItsFolderOnly() throws Exception {
        assertThat(TddSounds.render(out)).isEqualTo(new Report(SOUNDS.size(), 0, 0));
        Path kept = SOUNDS.get(0).fileIn(out);
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(kept, before);
        Path stale = out.resolve("bn/ocss/tdd/dialplan-renamed.wav");
        Files.write(stale, Files.readAllBytes(kept));
        Path compilers = out.resolve("bn/ocss/call-system_unavailable.wav");
        Files.writeString(compilers, "the audio compiler's");
        Files.writeString(SOUNDS.get(1).fileIn(out), "changed by hand");

        assertThat(TddSounds.render(out)).isEqualTo(new Report(1, SOUNDS.size() - 1, 1));
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(before);
        assertThat(stale).doesNotExist();
        assertThat(compilers).hasContent("the audio compiler's");
        assertThat(SoundCheck.problemsOf(SOUNDS.get(1).fileIn(out))).isEmpty();
        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theAudioCompilerNeverWritesInTheirFolder() {
        assertThat(SoundInventory.standard(List.of()).sounds()).extracting(Sound::name)
                .noneMatch(name -> name.startsWith(TddSounds.FOLDER + "/"));
    }

    /** Which of the two TTY tones is stronger in samples [from, to). */
    private static int dominantHz(short[] samples, int from, int to) {
        return power(samples, from, to, 1400) > power(samples, from, to, 1800) ? 1400 : 1800;
    }

    private static double power(short[] samples, int from, int to, double hz) {
        double re = 0;
        double im = 0;
        for (int i = from; i < to; i++) {
            re += samples[i] * Math.cos(2 * Math.PI * hz * i / 8000);
            im += samples[i] * Math.sin(2 * Math.PI * hz * i / 8000);
        }
        return re * re + im * im;
    }
}
