package gov.ocss.ivr.prompts.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The texts from the data that the voice line reads whole (agency and office names, addresses),
 * kept one a line in a file: the audio compiler renders them, the terminal phone shows them.
 */
public final class VoiceTexts {
    /** Relative to the project's root, where ./phoneline runs. */
    public static final Path DEFAULT = Path.of("prompts", "voice-texts.txt");

    private VoiceTexts() {
    }

    /** The texts of {@code file}, without blank lines and # comments; none when there is no such file. */
    public static List<String> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the voice texts in " + file, e);
        }
    }
}
