package gov.ocss.ivr.presenter.bengali;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Words the rules spell wrong, as a reader would type them: months and weekdays in English,
 * loanwords whose স is S, acronyms, compounds. One word a line, {@code বাংলা ROMAN}; {@code #}
 * begins a comment. Kept in a file a native reader can review without reading Java.
 */
final class WordTable {
    static final String RESOURCE = "words.txt";

    private final Map<String, String> words;

    private WordTable(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    static WordTable standard() {
        try (InputStream in = WordTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + WordTable.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WordTable parse(BufferedReader lines) throws IOException {
        Map<String, String> words = new HashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] parts = content.split("\\s+");
            if (parts.length != 2 || !parts[1].matches("[A-Z]+")) {
                throw new IllegalStateException(RESOURCE + ", line " + number + ": write a Bengali word and its capitals: " + line);
            }
            String word = normalised(parts[0]);
            if (words.put(word, parts[1]) != null) {
                throw new IllegalStateException(RESOURCE + ", line " + number + ": " + parts[0] + " twice");
            }
        }
        return new WordTable(words);
    }

    Optional<String> spelling(String word) {
        return Optional.ofNullable(words.get(word));
    }

    /** The one form a word is compared in: the table's and the text's spellings of য় or ো may differ in bytes. */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
