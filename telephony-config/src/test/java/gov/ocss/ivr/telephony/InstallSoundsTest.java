package gov.ocss.ivr.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.tty.TddSounds;
import gov.ocss.ivr.tty.TddSounds.TddSound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** telephony-config/install-sounds puts the compiled sounds where Asterisk plays them, and updates them. */
class InstallSoundsTest {
    @TempDir
    Path temp;

    @Test
    void installsEveryLanguageAndOnUpdateReplacesWhatChangedAndRemovesWhatIsGone() throws Exception {
        Path compiled = temp.resolve("build/sounds");
        Path asterisk = temp.resolve("asterisk/sounds");
        write(compiled.resolve("manifest.tsv"), "language\tname\n");
        write(compiled.resolve("en/ocss/call-goodbye.wav"), "goodbye v1");
        write(compiled.resolve("bn/ocss/words/ek-1a2b3c.wav"), "ek");
        write(compiled.resolve("sq/ocss/call-goodbye.wav"), "mirupafshim");
        write(asterisk.resolve("en/vm-goodbye.wav"), "Asterisk's own");

        assertThat(install(compiled, asterisk)).contains("3 new or changed, 0 unchanged, 0 removed");
        assertThat(asterisk.resolve("en/ocss/call-goodbye.wav")).hasContent("goodbye v1");
        assertThat(asterisk.resolve("bn/ocss/words/ek-1a2b3c.wav")).hasContent("ek");
        assertThat(asterisk.resolve("sq/ocss/call-goodbye.wav")).hasContent("mirupafshim");
        assertThat(asterisk.resolve("ocss-manifest.tsv")).exists();

        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(asterisk.resolve("sq/ocss/call-goodbye.wav"), before);
        write(compiled.resolve("en/ocss/call-goodbye.wav"), "goodbye v2");
        Files.delete(compiled.resolve("bn/ocss/words/ek-1a2b3c.wav"));

        assertThat(install(compiled, asterisk)).contains("1 new or changed, 1 unchanged, 1 removed");
        assertThat(asterisk.resolve("en/ocss/call-goodbye.wav")).hasContent("goodbye v2");
        assertThat(asterisk.resolve("bn/ocss/words/ek-1a2b3c.wav")).doesNotExist();
        assertThat(Files.getLastModifiedTime(asterisk.resolve("sq/ocss/call-goodbye.wav"))).isEqualTo(before);
        assertThat(asterisk.resolve("en/vm-goodbye.wav")).hasContent("Asterisk's own");
        try (var files = Files.walk(asterisk)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains(".new."));
        }
    }

    @Test
    void installsTheTddSoundsThatPhonelineSoundsWritesBesideTheCompiledOnes() throws Exception {
        Path compiled = temp.resolve("build/sounds");
        Path asterisk = temp.resolve("asterisk/sounds");
        write(compiled.resolve("manifest.tsv"), "language\tname\n");
        write(compiled.resolve("en/ocss/call-goodbye.wav"), "goodbye");
        TddSounds.render(compiled);
        List<TddSound> made = TddSounds.standard();
        Files.createDirectories(asterisk);

        assertThat(install(compiled, asterisk)).contains((made.size() + 1) + " new or changed, 0 unchanged, 0 removed");
        for (TddSound sound : made) {
            assertThat(sound.fileIn(asterisk)).as(sound.played()).hasSameBinaryContentAs(sound.fileIn(compiled));
        }
        assertThat(install(compiled, asterisk)).contains("0 new or changed, " + (made.size() + 1) + " unchanged, 0 removed");

        // A sentence that leaves the dialplan leaves Asterisk with the next ./phoneline sounds and install.
        Path gone = asterisk.resolve("sq/ocss/tdd/dialplan-gone.wav");
        Files.copy(made.get(0).fileIn(compiled), compiled.resolve("sq/ocss/tdd/dialplan-gone.wav"));
        install(compiled, asterisk);
        assertThat(gone).exists();
        TddSounds.render(compiled);
        assertThat(install(compiled, asterisk)).contains("1 removed");
        assertThat(gone).doesNotExist();
    }

    @Test
    void refusesToInstallWhatWasNeverCompiled() throws Exception {
        Files.createDirectories(temp.resolve("asterisk"));
        Process process = start(temp.resolve("nothing"), temp.resolve("asterisk"));
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("./phoneline sounds");
    }

    private String install(Path from, Path to) throws Exception {
        Process process = start(from, to);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Process start(Path from, Path to) throws IOException {
        return new ProcessBuilder(List.of("bash", "install-sounds", "--from", from.toString(), "--to", to.toString()))
                .redirectErrorStream(true).start();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
