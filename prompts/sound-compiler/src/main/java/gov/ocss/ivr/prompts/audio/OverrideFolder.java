package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Studio recordings that replace synthesis, laid out like the output:
 * {@code <overrides>/<language code>/<name>.wav}. No folder means no overrides.
 */
final class OverrideFolder {

    private final Path root;

    OverrideFolder(Path root) {
        this.root = root;
    }

    Optional<Path> recordingFor(SoundId id) {
        if (root == null) {
            return Optional.empty();
        }
        Path file = id.fileIn(root);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Files in the language folders that no sound of the inventory uses: most likely a misspelt
     * name or a recording not exported as .wav, which would otherwise leave the synthetic voice
     * playing without anyone noticing. Files beside the language folders (a README) are not looked at.
     */
    List<String> unused(Set<SoundId> inventory) throws IOException {
        List<String> unused = new ArrayList<>();
        if (root == null || !Files.isDirectory(root)) {
            return unused;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(path -> root.relativize(path).getNameCount() > 1)::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                Optional<SoundId> id = idOf(relative);
                if (id.isEmpty() || !inventory.contains(id.get())) {
                    unused.add(relative);
                }
            }
        }
        unused.sort(null);
        return unused;
    }

    private static Optional<SoundId> idOf(String relative) {
        int slash = relative.indexOf('/');
        if (slash < 0 || !relative.endsWith(".wav")) {
            return Optional.empty();
        }
        String name = relative.substring(slash + 1, relative.length() - ".wav".length());
        return Language.fromCode(relative.substring(0, slash)).map(language -> new SoundId(language, name));
    }
}
