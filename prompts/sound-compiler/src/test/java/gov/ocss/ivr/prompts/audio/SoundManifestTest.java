package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.prompts.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundManifestTest {

    @TempDir
    Path out;

    @Test
    void keepsEveryFieldIncludingAwkwardTextAndSortsByLanguageThenName() throws IOException {
        CompiledSound albanian = sound(Language.ALBANIAN, "ocss/b", "Çfarë\tdëshironi?\nC:\\ \\t");
        CompiledSound bengali = sound(Language.BENGALI, "ocss/a", "আপনার কেস নম্বর");
        CompiledSound english = sound(Language.ENGLISH, "ocss/z", "Hello.");

        new SoundManifest(List.of(albanian, english, bengali)).writeTo(out);
        SoundManifest read = SoundManifest.readFrom(out);

        assertThat(read.sounds()).containsExactly(english, bengali, albanian);
        List<String> lines = Files.readAllLines(out.resolve(SoundManifest.FILE_NAME));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("language\tname\tsource");
        assertThat(lines.get(4)).endsWith("\tÇfarë\\tdëshironi?\\nC:\\\\ \\\\t");
    }

    @Test
    void noManifestYetIsAnEmptyOne() throws IOException {
        assertThat(SoundManifest.readFrom(out).sounds()).isEmpty();
    }

    @Test
    void aDamagedManifestSaysWhere() throws IOException {
        Files.writeString(out.resolve(SoundManifest.FILE_NAME), "en\tocss/x\tfreetts\n");

        assertThatThrownBy(() -> SoundManifest.readFrom(out)).hasMessageContaining("line 1").hasMessageContaining("3 columns");
    }

    @Test
    void aNameThatWouldReachOutsideTheOutputIsRefused() throws IOException {
        new SoundManifest(List.of(sound(Language.ENGLISH, "ocss/a", "A."))).writeTo(out);
        Path manifest = out.resolve(SoundManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replace("\tocss/a\t", "\tocss/../../x\t"));

        assertThatThrownBy(() -> SoundManifest.readFrom(out)).hasMessageContaining("not a safe ASCII sound name");
    }

    @Test
    void aDamagedManifestMeansRenderingEverythingAgain() throws IOException {
        Files.writeString(out.resolve(SoundManifest.FILE_NAME), "garbage\n");

        CompileReport report = new AudioCompiler(ToneVoice.everywhere(), 1).compile(Inventory.threeLanguages(), out, null);

        assertThat(report.rendered()).hasSize(6);
        assertThat(report.warnings()).singleElement().asString().contains("every sound is rendered again");
    }

    private static CompiledSound sound(Language language, String name, String text) {
        return new CompiledSound(new SoundId(language, name), SoundSource.ESPEAK_NG, "espeak-ng 1.51 voice=" + language.code(),
                CompiledSound.NONE, 1.25, "a".repeat(64), "b".repeat(64), text);
    }
}
