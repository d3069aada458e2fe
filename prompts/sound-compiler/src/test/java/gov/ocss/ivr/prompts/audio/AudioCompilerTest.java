package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Pause;
import gov.ocss.ivr.prompts.voice.Sound;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler's bookkeeping, with a stand-in voice; RealVoicesCompileTest covers the engines. */
class AudioCompilerTest {

    private static final SoundId BN_GREETING = new SoundId(Language.BENGALI, "ocss/greeting");
    private static final SoundId EN_GREETING = new SoundId(Language.ENGLISH, "ocss/greeting");

    @TempDir
    Path out;
    @TempDir
    Path overrides;

    private final Voices voices = ToneVoice.everywhere();
    private final AudioCompiler compiler = new AudioCompiler(voices, 2);

    @Test
    void writesEverySoundInAsterisksLayoutAndListsItInTheManifest() throws Exception {
        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, null);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.rendered()).hasSize(6);
        assertThat(out.resolve("bn/ocss/word/21.wav")).isRegularFile();
        assertThat(out.resolve("sq/ocss/greeting.wav")).isRegularFile();
        SoundManifest manifest = SoundManifest.readFrom(out);
        CompiledSound greeting = manifest.find(BN_GREETING).orElseThrow();
        assertThat(greeting.text()).isEqualTo("শিশু সহায়তা হেল্প লাইনে আপনাকে স্বাগতম।");
        assertThat(greeting.sha256()).isEqualTo(Checksums.sha256(Files.readAllBytes(BN_GREETING.fileIn(out))));
        assertThat(greeting.voice()).isEqualTo("tone v1");
        assertThat(SoundCheck.check(Inventory.threeLanguages(), out)).isEmpty();
    }

    @Test
    void asteriskRunningAsAnotherUserCanReadTheSoundsAndTheManifest() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);

        for (Path file : List.of(out.resolve("sq/ocss/greeting.wav"), out.resolve("manifest.tsv"))) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString())
                    .contains(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ);
        }
    }

    @Test
    void aSecondCompileWithNothingChangedReusesEveryFile() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);

        CompileReport again = compiler.compile(Inventory.threeLanguages(), out, null);

        assertThat(again.rendered()).isEmpty();
        assertThat(again.reused()).hasSize(6);
    }

    @Test
    void changingOneTextRendersOnlyThatSound() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);
        Map<SoundId, FileTime> before = ageAllFiles();

        Inventory changed = Inventory.threeLanguages()
                .with(new Sound(Language.BENGALI, "ocss/greeting", "শিশু সহায়তা লাইনে স্বাগতম।"));
        CompileReport report = compiler.compile(changed, out, null);

        assertThat(report.rendered()).containsExactly(BN_GREETING);
        assertThat(report.reused()).hasSize(5);
        for (Map.Entry<SoundId, FileTime> file : before.entrySet()) {
            FileTime now = Files.getLastModifiedTime(file.getKey().fileIn(out));
            if (file.getKey().equals(BN_GREETING)) {
                assertThat(now).isNotEqualTo(file.getValue());
            } else {
                assertThat(now).as(file.getKey().toString()).isEqualTo(file.getValue());
            }
        }
        assertThat(SoundManifest.readFrom(out).find(BN_GREETING).orElseThrow().text()).isEqualTo("শিশু সহায়তা লাইনে স্বাগতম।");
    }

    @Test
    void newVoiceSettingsRenderThatLanguageAgain() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);

        ((ToneVoice) voices.of(Language.ALBANIAN).orElseThrow()).changeSettings("tone v2");
        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, null);

        assertThat(report.rendered()).extracting(SoundId::language).containsOnly(Language.ALBANIAN).hasSize(2);
    }

    @Test
    void aFileChangedOnDiskIsRenderedAgain() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);
        Files.write(EN_GREETING.fileIn(out), WavFile.encode(TestWavs.tone(100, 0.1, 8000, 0.5)));

        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, null);

        assertThat(report.rendered()).containsExactly(EN_GREETING);
    }

    @Test
    void aSoundLeavingTheInventoryLeavesTheOutputAndTheManifest() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);

        CompileReport report = compiler.compile(Inventory.threeLanguages().without(Language.BENGALI, "ocss/word/21"), out, null);

        SoundId gone = new SoundId(Language.BENGALI, "ocss/word/21");
        assertThat(report.removed()).containsExactly(gone);
        assertThat(gone.fileIn(out)).doesNotExist();
        assertThat(out.resolve("bn/ocss/word")).as("the folder it leaves empty").doesNotExist();
        assertThat(out.resolve("bn/ocss/greeting.wav")).isRegularFile();
        assertThat(SoundManifest.readFrom(out).find(gone)).isEmpty();
    }

    @Test
    void filesTheManifestDoesNotListAreLeftAlone() throws Exception {
        Path asteriskOwn = TestWavs.write(out.resolve("en/vm-goodbye.wav"), WavFile.encode(TestWavs.tone(440, 0.2, 8000, 0.5)));

        compiler.compile(Inventory.threeLanguages(), out, null);
        compiler.compile(Inventory.of(), out, null);

        assertThat(asteriskOwn).isRegularFile();
        assertThat(out.resolve("en/ocss/greeting.wav")).doesNotExist();
    }

    @Test
    void aStudioRecordingReplacesSynthesisConvertedForThePhone() throws Exception {
        // Stereo, 44.1 kHz, 24-bit, WAVE_FORMAT_EXTENSIBLE: as an editor might export it.
        byte[] recording = TestWavs.pcm(TestWavs.tone(440, 1.5, 44100, 0.5), 2, 24, true);
        TestWavs.write(BN_GREETING.fileIn(overrides), recording);

        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, overrides);

        assertThat(report.succeeded()).isTrue();
        CompiledSound greeting = SoundManifest.readFrom(out).find(BN_GREETING).orElseThrow();
        assertThat(greeting.source()).isEqualTo(SoundSource.OVERRIDE);
        assertThat(greeting.overrideSha256()).isEqualTo(Checksums.sha256(recording));
        assertThat(greeting.seconds()).isEqualTo(1.5);
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(BN_GREETING.fileIn(out))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getShort(20)).isEqualTo((short) 1);
        assertThat(header.getInt(24)).isEqualTo(8000);
        assertThat(SoundCheck.problemsOf(BN_GREETING.fileIn(out))).isEmpty();
        assertThat(((ToneVoice) voices.of(Language.BENGALI).orElseThrow()).spoken).hasValue(1);
    }

    @Test
    void aNewOrRemovedStudioRecordingRendersThatSoundAgain() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, overrides);
        Path recording = TestWavs.write(BN_GREETING.fileIn(overrides), WavFile.encode(TestWavs.tone(440, 1.0, 8000, 0.5)));

        assertThat(compiler.compile(Inventory.threeLanguages(), out, overrides).rendered()).containsExactly(BN_GREETING);

        Files.delete(recording);
        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, overrides);
        assertThat(report.rendered()).containsExactly(BN_GREETING);
        assertThat(SoundManifest.readFrom(out).find(BN_GREETING).orElseThrow().source()).isEqualTo(SoundSource.ESPEAK_NG);
    }

    @Test
    void aRecordingThatCannotBeConvertedIsRefusedByName() throws Exception {
        Path mp3 = TestWavs.write(BN_GREETING.fileIn(overrides), TestWavs.wav(0x55, 0, 1, 8000, 16, new byte[800]));

        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, overrides);

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo(BN_GREETING);
            assertThat(failure.message()).contains(mp3.toString()).contains("cannot be used").contains("16-bit PCM WAV");
        });
        assertThat(report.rendered()).hasSize(5);
        assertThat(SoundCheck.check(Inventory.threeLanguages(), out)).singleElement().asString().startsWith("bn/ocss/greeting: missing");
    }

    @Test
    void aSilentRecordingIsRefused() throws Exception {
        TestWavs.write(BN_GREETING.fileIn(overrides), WavFile.encode(new MonoAudio(new float[8000], 8000)));

        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, overrides);

        assertThat(report.failures()).singleElement().asString().contains("is silent");
    }

    @Test
    void aRecordingNoSoundUsesIsPointedOut() throws Exception {
        TestWavs.write(overrides.resolve("bn/ocss/greting.wav"), WavFile.encode(TestWavs.tone(440, 0.5, 8000, 0.5)));
        TestWavs.write(overrides.resolve("sq/ocss/greeting.mp3"), new byte[10]);
        TestWavs.write(overrides.resolve("README.md"), "how to add a recording".getBytes());

        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, overrides);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.warnings().get(0)).contains("bn/ocss/greting.wav").contains("is not used");
        assertThat(report.warnings().get(1)).contains("sq/ocss/greeting.mp3");
    }

    @Test
    void whenEspeakIsMissingEnglishIsStillCompiledAndTheRestFailsWithTheInstallHint() throws Exception {
        Voices noEspeak = new Voices(Map.of(Language.ENGLISH, new ToneVoice(8000),
                Language.BENGALI, new EspeakVoice("espeak-ng-not-installed-here", "bn"),
                Language.ALBANIAN, new EspeakVoice("espeak-ng-not-installed-here", "sq")));

        CompileReport report = new AudioCompiler(noEspeak, 2).compile(Inventory.threeLanguages(), out, null);

        assertThat(report.rendered()).extracting(SoundId::language).containsOnly(Language.ENGLISH);
        assertThat(report.failures()).hasSize(4)
                .allSatisfy(failure -> assertThat(failure.message()).isEqualTo(EspeakVoice.NOT_INSTALLED));
    }

    @Test
    void aSoundThatFailsKeepsItsLastGoodFile() throws Exception {
        compiler.compile(Inventory.threeLanguages(), out, null);
        byte[] good = Files.readAllBytes(BN_GREETING.fileIn(out));
        TestWavs.write(BN_GREETING.fileIn(overrides), "not audio".getBytes());

        CompileReport report = compiler.compile(Inventory.threeLanguages(), out, overrides);

        assertThat(report.failures()).hasSize(1);
        assertThat(BN_GREETING.fileIn(out)).hasBinaryContent(good);
        assertThat(SoundManifest.readFrom(out).find(BN_GREETING)).isPresent();
    }

    @Test
    void voicesOfDifferentLoudnessComeOutAtTheLinesSpeechLevel() throws Exception {
        // One voice 24 dB quieter than the other, as a studio or an engine could be.
        Voices unequal = new Voices(Map.of(Language.ENGLISH, new ToneVoice(8000, 0.03),
                Language.BENGALI, new ToneVoice(22050, 0.5), Language.ALBANIAN, new ToneVoice(22050, 0.2)));

        new AudioCompiler(unequal, 2).compile(Inventory.threeLanguages(), out, null);

        for (CompiledSound sound : SoundManifest.readFrom(out).sounds()) {
            double level = SpeechLevel.of(WavFile.read(sound.id().fileIn(out)).toMono());
            assertThat(level).as("%s", sound.id()).isCloseTo(SpeechLevel.TARGET_DBOV, within(0.1));
        }
        assertThat(SoundCheck.check(Inventory.threeLanguages(), out)).isEmpty();
    }

    @Test
    void aRecordingThatStartsAndStopsMidWaveIsFadedSoTheJoinsDoNotClick() throws Exception {
        // A studio cut at the crest of a wave: the loudspeaker would jump from silence to the crest.
        float[] cut = new float[8000];
        for (int i = 0; i < cut.length; i++) {
            cut[i] = (float) (0.3 * Math.cos(2 * Math.PI * 400 * i / 8000.0));
        }
        TestWavs.write(EN_GREETING.fileIn(overrides), WavFile.encode(new MonoAudio(cut, 8000)));

        compiler.compile(Inventory.threeLanguages(), out, overrides);

        MonoAudio compiled = WavFile.read(EN_GREETING.fileIn(out)).toMono();
        double fullSwing = compiled.peak();
        assertThat(Math.abs(compiled.sample(0))).isLessThan(0.01f);
        assertThat(Math.abs(compiled.sample(compiled.length() - 1))).isLessThan(0.01f);
        // Within 5 ms (40 samples) the wave grows to its full swing, without a step on the way.
        assertThat(Math.abs(compiled.sample(10))).isLessThan((float) (0.3 * fullSwing));
        assertThat(Math.abs(compiled.sample(40))).isGreaterThan((float) (0.9 * fullSwing));
        for (int i = 1; i < 40; i++) {
            assertThat(Math.abs(compiled.sample(i) - compiled.sample(i - 1))).as("step at %d", i)
                    .isLessThan((float) (0.5 * fullSwing));
        }
        assertThat(SpeechLevel.of(compiled)).as("levelled like synthesis").isCloseTo(SpeechLevel.TARGET_DBOV, within(0.1));
    }

    @Test
    void aPauseIsWrittenAsSilenceOfItsLengthWithoutAskingAVoice() throws Exception {
        Inventory withPause = Inventory.threeLanguages().with(Pause.COMMA.in(Language.BENGALI));

        compiler.compile(withPause, out, null);

        SoundId pause = new SoundId(Language.BENGALI, "ocss/pause/medium");
        MonoAudio silence = WavFile.read(pause.fileIn(out)).toMono();
        assertThat(silence.seconds()).isEqualTo(Pause.COMMA.length().toMillis() / 1000.0);
        assertThat(silence.peak()).isZero();
        assertThat(SoundManifest.readFrom(out).find(pause).orElseThrow().source()).isEqualTo(SoundSource.SILENCE);
        assertThat(((ToneVoice) voices.of(Language.BENGALI).orElseThrow()).spoken).hasValue(2);
        assertThat(SoundCheck.check(withPause, out)).isEmpty();
    }

    @Test
    void aLoudPlosiveIsLimitedWithoutLoweringTheSpeechAroundIt() throws Exception {
        // A quiet recording with one sharp peak: brought up to the line's level, the peak would pass full scale.
        float[] samples = new float[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.05 * Math.sin(2 * Math.PI * 300 * i / 8000.0));
        }
        for (int i = 4000; i < 4004; i++) {
            samples[i] = 0.45f;
        }
        TestWavs.write(BN_GREETING.fileIn(overrides), WavFile.encode(new MonoAudio(samples, 8000)));

        compiler.compile(Inventory.threeLanguages(), out, overrides);

        MonoAudio compiled = WavFile.read(BN_GREETING.fileIn(out)).toMono();
        // Under full scale, give or take the rounding to 16 bits.
        assertThat(compiled.peak()).isLessThanOrEqualTo(0.97f + 1 / 32768f);
        assertThat(SpeechLevel.of(compiled)).isCloseTo(SpeechLevel.TARGET_DBOV, within(0.1));
        // An eighth of a second before the peak, the wave is as loud as at the start (a whole number of periods earlier).
        assertThat(compiled.sample(3005)).isCloseTo(compiled.sample(1005), within(0.001f));
    }

    /** Sets every output file's time into the past, so a rewrite shows even on a coarse clock. */
    private Map<SoundId, FileTime> ageAllFiles() throws Exception {
        Map<SoundId, FileTime> times = new java.util.HashMap<>();
        FileTime past = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        for (CompiledSound sound : SoundManifest.readFrom(out).sounds()) {
            Files.setLastModifiedTime(sound.id().fileIn(out), past);
            times.put(sound.id(), past);
        }
        return times;
    }
}
