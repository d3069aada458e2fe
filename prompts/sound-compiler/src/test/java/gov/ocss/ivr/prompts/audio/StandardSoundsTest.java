package gov.ocss.ivr.prompts.audio;

import static org.assertj.core.api.Assertions.assertThat;

import gov.ocss.ivr.prompts.voice.SoundInventory;
import gov.ocss.ivr.prompts.voice.VoiceTexts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sound set the line ships: every sound of the real catalog, numbers and data texts, rendered by
 * the real voices, passes the check Asterisk's files must pass. (How long it takes is in the README,
 * measured with ./phoneline sounds.)
 */
class StandardSoundsTest {

    @Test
    void theWholeCatalogCompilesIntoValidAsteriskSoundsInEveryLanguage(@TempDir Path out) throws Exception {
        SoundInventory inventory = SoundInventory.standard(VoiceTexts.read(Path.of("..", "voice-texts.txt")));

        try (Voices voices = Voices.standard()) {
            new AudioCompiler(voices, 2 * Runtime.getRuntime().availableProcessors()).compile(inventory, out, null);
        }

        assertThat(SoundCheck.check(inventory, out)).isEmpty();
        assertThat(inventory.sounds()).hasSizeGreaterThan(700);
    }
}
