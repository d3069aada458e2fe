package gov.ocss.ivr.prompts.audio;

import java.util.Arrays;
import java.util.Optional;

/** Where a compiled sound came from, as the manifest names it. */
public enum SoundSource {
    FREETTS("freetts"),
    ESPEAK_NG("espeak-ng"),
    OVERRIDE("override"),
    /** A pause between the parts of a sentence: no voice, no recording. */
    SILENCE("silence");

    private final String label;

    SoundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<SoundSource> fromLabel(String label) {
        return Arrays.stream(values()).filter(source -> source.label.equals(label)).findFirst();
    }
}
