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
    private final Map<String, Double> seconds;

    private Sounds(Map<String, String> texts, Map<String, Double> seconds) {
        this.texts = texts;
        this.seconds = seconds;
    }

    static Sounds read(Path manifest) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Map<String, Double> seconds = new HashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("language\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            texts.put(columns[0] + "/" + columns[1], columns[columns.length - 1]);
            seconds.put(columns[0] + "/" + columns[1], Double.parseDouble(columns[5]));
        }
        return new Sounds(texts, seconds);
    }

    /** How long a compiled sound plays; 0 for one we did not compile. */
    java.time.Duration length(String sound) {
        return java.time.Duration.ofMillis(Math.round(1000 * seconds.getOrDefault(sound, 0.0)));
    }

    /** The words of a played sound such as {@code en/ocss/verify-pin}; a sound we did not compile shows as itself. */
    String text(String sound) {
        return texts.getOrDefault(sound, "[" + sound + "]");
    }
}
