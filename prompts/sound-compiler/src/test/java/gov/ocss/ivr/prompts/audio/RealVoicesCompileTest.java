package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole compiler with FreeTTS and espeak-ng: what Asterisk will actually be given. */
class RealVoicesCompileTest {

    @TempDir
    Path out;

    @Test
    void everyLanguageIsRenderedAsPlainEightKilohertzPcmOfAPlausibleLength() throws Exception {
        Inventory inventory = Inventory.threeLanguages();

        CompileReport report;
        try (Voices voices = Voices.standard()) {
            report = new AudioCompiler(voices, 2).compile(inventory, out, null);
        }

        assertThat(report.failures()).isEmpty();
        assertThat(report.rendered()).hasSize(6);
        for (CompiledSound sound : SoundManifest.readFrom(out).sounds()) {
            byte[] bytes = Files.readAllBytes(sound.id().fileIn(out));
            ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(header.getShort(20)).as("%s format tag", sound.id()).isEqualTo((short) 1);
            assertThat(header.getShort(22)).as("%s channels", sound.id()).isEqualTo((short) 1);
            assertThat(header.getInt(24)).as("%s rate", sound.id()).isEqualTo(8000);
            assertThat(header.getShort(34)).as("%s bits", sound.id()).isEqualTo((short) 16);
            assertThat(header.getInt(40)).as("%s data size", sound.id()).isEqualTo(bytes.length - 44);
            // Between 20 ms and 0.25 s a character: speech, neither a click nor a stuck engine.
            assertThat(sound.seconds()).as("%s seconds", sound.id())
                    .isBetween(0.02 * sound.text().length(), 0.3 + 0.25 * sound.text().length());
            assertThat(sound.source()).isEqualTo(sound.language().code().equals("en") ? SoundSource.FREETTS : SoundSource.ESPEAK_NG);
        }
        assertThat(SoundCheck.check(inventory, out)).isEmpty();
        // FreeTTS and espeak-ng speak some 3 dB apart; a caller hears the languages, and the pieces, at one level.
        for (CompiledSound sound : SoundManifest.readFrom(out).sounds()) {
            assertThat(SpeechLevel.of(WavFile.read(sound.id().fileIn(out)).toMono())).as("%s", sound.id())
                    .isCloseTo(SpeechLevel.TARGET_DBOV, within(SpeechLevel.TOLERANCE_DB));
        }
    }
}
