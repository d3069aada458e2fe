package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileSoundsTest {

    @TempDir
    Path out;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void compilesChecksAndSaysWhatItDidPerLanguage() {
        int status = CompileSounds.run(Inventory.threeLanguages(), ToneVoice.everywhere(), console, "--out", out.toString());

        assertThat(status).isZero();
        assertThat(output()).contains("Compiled sounds into " + out)
                .contains("  en: 2 rendered, 0 reused, 0 removed")
                .contains("  bn: 2 rendered, 0 reused, 0 removed")
                .contains("Check: all 6 sounds present");
    }

    @Test
    void secondRunReusesAndReportsRemovals() {
        CompileSounds.run(Inventory.threeLanguages(), ToneVoice.everywhere(), console, "--out", out.toString());
        printed.reset();

        int status = CompileSounds.run(Inventory.threeLanguages().without(Language.ALBANIAN, "ocss/word/21"),
                ToneVoice.everywhere(), console, "--out", out.toString(), "--threads", "1");

        assertThat(status).isZero();
        assertThat(output()).contains("  sq: 0 rendered, 1 reused, 1 removed").contains("Check: all 5 sounds present");
    }

    @Test
    void missingEspeakIsOneLineWithTheInstallCommandAndNoStackTrace() {
        Voices noEspeak = new Voices(Map.of(Language.ENGLISH, new ToneVoice(8000),
                Language.BENGALI, new EspeakVoice("espeak-ng-not-installed-here", "bn"),
                Language.ALBANIAN, new EspeakVoice("espeak-ng-not-installed-here", "sq")));

        int status = CompileSounds.run(Inventory.threeLanguages(), noEspeak, console, "--out", out.toString());

        assertThat(status).isEqualTo(1);
        assertThat(output()).contains("  2 sounds in bn: espeak-ng is not installed: apt-get install -y espeak-ng")
                .contains("  2 sounds in sq: espeak-ng is not installed: apt-get install -y espeak-ng")
                .contains("Check: 4 problem(s)")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMistakeOnTheCommandLineShowsTheUsage() {
        assertThat(CompileSounds.run(Inventory.threeLanguages(), ToneVoice.everywhere(), console, "--outt", "x")).isEqualTo(2);
        assertThat(output()).contains("unknown option --outt").contains("usage: CompileSounds");

        assertThat(CompileSounds.run(Inventory.threeLanguages(), ToneVoice.everywhere(), console, "--overrides",
                out.resolve("none").toString())).isEqualTo(2);
        assertThat(CompileSounds.run(Inventory.threeLanguages(), ToneVoice.everywhere(), console, "--threads", "0")).isEqualTo(2);
        assertThat(CompileSounds.run(Inventory.threeLanguages(), ToneVoice.everywhere(), console, "--out")).isEqualTo(2);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
