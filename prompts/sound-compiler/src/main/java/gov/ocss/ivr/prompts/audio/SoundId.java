package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.voice.Sound;
import java.nio.file.Path;
import java.util.Comparator;

/** One file of the compiled output: a sound name in a language, and where Asterisk expects it. */
public record SoundId(Language language, String name) implements Comparable<SoundId> {

    private static final Comparator<SoundId> ORDER =
            Comparator.comparing(SoundId::language).thenComparing(SoundId::name);

    public static SoundId of(Sound sound) {
        return new SoundId(sound.language(), sound.name());
    }

    /** Asterisk's layout: {@code <root>/<language code>/<name>.wav}. */
    public Path fileIn(Path root) {
        return root.resolve(language.code()).resolve(name + ".wav");
    }

    @Override
    public int compareTo(SoundId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return language.code() + "/" + name;
    }
}
