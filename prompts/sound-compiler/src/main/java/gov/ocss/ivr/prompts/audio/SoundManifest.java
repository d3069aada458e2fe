package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Sound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code manifest.tsv} at the top of the compiled output: one tab-separated row per WAV file, sorted
 * by language and name, readable with {@code column -t -s $'\t'} or a spreadsheet. It is how the
 * compiler knows, on the next run, which files are still good and which sounds left the inventory.
 * Tabs, newlines and backslashes in a text are written as {@code \t}, {@code \n}, {@code \\}.
 */
public final class SoundManifest {

    public static final String FILE_NAME = "manifest.tsv";

    private static final String COMMENT = "# Compiled sounds, written by gov.ocss.ivr.prompts.audio.AudioCompiler: do not edit.";
    private static final String HEADER = String.join("\t",
            "language", "name", "source", "voice", "override_sha256", "seconds", "sha256", "input_key", "text");
    private static final int COLUMNS = 9;

    private final Map<SoundId, CompiledSound> byId;

    public SoundManifest(Collection<CompiledSound> sounds) {
        Map<SoundId, CompiledSound> sorted = new TreeMap<>();
        for (CompiledSound sound : sounds) {
            sorted.put(sound.id(), sound);
        }
        this.byId = Collections.unmodifiableMap(sorted);
    }

    public static SoundManifest empty() {
        return new SoundManifest(List.of());
    }

    /** The manifest in an output folder; an empty one if there is none yet. */
    public static SoundManifest readFrom(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        List<CompiledSound> sounds = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            sounds.add(parse(line, file, lineNumber));
        }
        return new SoundManifest(sounds);
    }

    public void writeTo(Path out) throws IOException {
        StringBuilder text = new StringBuilder(COMMENT).append('\n').append(HEADER).append('\n');
        for (CompiledSound sound : byId.values()) {
            text.append(String.join("\t",
                    sound.language().code(),
                    sound.name(),
                    sound.source().label(),
                    escape(sound.voice()),
                    sound.overrideSha256(),
                    String.format(Locale.ROOT, "%.3f", sound.seconds()),
                    sound.sha256(),
                    sound.inputKey(),
                    escape(sound.text()))).append('\n');
        }
        Files.createDirectories(out);
        Path temporary = Files.createTempFile(out, "." + FILE_NAME, ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        AudioCompiler.readableByAll(temporary);
        Files.move(temporary, out.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public Optional<CompiledSound> find(SoundId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<CompiledSound> sounds() {
        return byId.values();
    }

    private static CompiledSound parse(String line, Path file, int lineNumber) throws IOException {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw new IOException(file + " line " + lineNumber + ": " + cells.length + " columns, expected " + COLUMNS);
        }
        Language language = Language.fromCode(cells[0])
                .orElseThrow(() -> new IOException(file + " line " + lineNumber + ": unknown language " + cells[0]));
        SoundSource source = SoundSource.fromLabel(cells[2])
                .orElseThrow(() -> new IOException(file + " line " + lineNumber + ": unknown source " + cells[2]));
        try {
            // The compiler deletes files by these names: hold them to the rule for inventory names (no "..").
            new Sound(language, cells[1], "");
        } catch (IllegalArgumentException unsafe) {
            throw new IOException(file + " line " + lineNumber + ": " + unsafe.getMessage());
        }
        try {
            return new CompiledSound(new SoundId(language, cells[1]), source, unescape(cells[3]), cells[4],
                    Double.parseDouble(cells[5]), cells[6], cells[7], unescape(cells[8]));
        } catch (NumberFormatException notANumber) {
            throw new IOException(file + " line " + lineNumber + ": seconds is not a number: " + cells[5]);
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
