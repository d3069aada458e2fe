package gov.ocss.ivr.simulator;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The sound files the simulated Asterisk has, per language, and how long each plays. Asterisk
 * answers a missing file with {@code result=-1}, and reports playback positions in samples at
 * 8 kHz, so both facts come from here. Implementations are shared by concurrent calls and must be
 * thread-safe.
 */
@FunctionalInterface
public interface SoundLibrary {
    /** Languages of Asterisk's core sound packages, which carry the {@code digits/...} number words. */
    Set<String> CORE_SOUND_LANGUAGES = Set.of("en", "en_AU", "en_GB", "es", "fr", "it", "ja", "ru", "sv");

    /** Length in samples at 8 kHz of {@code file} (no extension) in {@code language}; empty when missing. */
    OptionalLong samples(String file, String language);

    /**
     * Whether Asterisk's own SAY NUMBER can speak in {@code language}: the recording shows
     * {@code result=-1} for Bengali, for which Asterisk has no number words.
     */
    default boolean saysNumbers(String language) {
        return CORE_SOUND_LANGUAGES.contains(language);
    }

    /** Every file exists and plays for two seconds. */
    static SoundLibrary everythingExists() {
        return everythingExists(Duration.ofSeconds(2));
    }

    static SoundLibrary everythingExists(Duration length) {
        long samples = length.toMillis() * 8;
        return (file, language) -> OptionalLong.of(samples);
    }

    /** This library without the given files (in any language). */
    default SoundLibrary except(String... missingFiles) {
        Set<String> missing = Set.of(missingFiles);
        SoundLibrary self = this;
        return new SoundLibrary() {
            @Override
            public OptionalLong samples(String file, String language) {
                return missing.contains(file) ? OptionalLong.empty() : self.samples(file, language);
            }

            @Override
            public boolean saysNumbers(String language) {
                return self.saysNumbers(language);
            }
        };
    }
}
