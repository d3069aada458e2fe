package gov.ocss.ivr.prompts.audio;

import gov.ocss.ivr.prompts.Language;

/**
 * One row of the manifest: a file the compiler wrote, and what it was made from.
 *
 * @param source         who made the audio: FreeTTS, espeak-ng, or a studio recording (override)
 * @param voice          the voice settings it was synthesised with, or {@code -} for an override
 * @param overrideSha256 checksum of the studio recording used, or {@code -}
 * @param seconds        how long it plays
 * @param sha256         checksum of the compiled WAV file, to notice a file changed behind the compiler's back
 * @param inputKey       checksum of everything the file was made from (text, voice settings, override,
 *                       output format): the file is stale when the key computed now differs
 * @param text           the words it says
 */
public record CompiledSound(SoundId id, SoundSource source, String voice, String overrideSha256, double seconds,
        String sha256, String inputKey, String text) {

    public static final String NONE = "-";

    public Language language() {
        return id.language();
    }

    public String name() {
        return id.name();
    }
}
