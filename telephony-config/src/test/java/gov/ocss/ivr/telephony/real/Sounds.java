package gov.ocss.ivr.telephony.real;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** What each compiled sound says, from the audio compiler's {@code manifest.tsv}: a played file's words. */
final class Sounds {
    private final Map<String, String> texts;

    private Sounds(Map<String, String> texts) {
        this.texts = texts;
    }

    static Sounds read(Path manifest) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("language\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            texts.put(columns[0] + "/" + columns[1], columns[columns.length - 1]);
        }
        return new Sounds(texts);
    }

    /** The words of a played sound such as {@code en/ocss/verify-pin}; a sound we did not compile shows as itself. */
    String text(String sound) {
        return texts.getOrDefault(sound, "[" + sound + "]");
    }
}
